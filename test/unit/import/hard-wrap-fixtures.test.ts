// The three real notices (../shared) hard-wrapped as a PDF copy gives them import to the same structure.
import { describe, expect, it } from 'vitest';
import { importNoticeText } from '../../../core/common/import/index';
import { hardWrap } from './support/hard-wrap';
import { FIXTURES, readNotice } from './support/fixtures';
import { signature } from './support/signature';
import { describeShared } from '../../support/shared';

const NOW = '2025-03-01T00:00:00.000Z';

describeShared('the real notices hard-wrapped', () => {
  describe.each(FIXTURES)('%s hard-wrapped', (name) => {
    it.each([30, 33, 36, 38, 40])('at %i characters imports to the same structure', (width) => {
      const text = readNotice(name);
      expect(signature(importNoticeText(hardWrap(text, width), { now: NOW }).draft)).toEqual(signature(importNoticeText(text, { now: NOW }).draft));
    });
  });
});
