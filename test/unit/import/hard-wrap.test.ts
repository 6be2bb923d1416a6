// Notices copied from a PDF come hard-wrapped: every line broken at the page width (30–40 characters), no blank
// lines. Each corpus notice, wrapped so, imports to the same structure as the original.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importNoticeText } from '../../../core/common/import/index';
import { readNoticeFile } from '../../../core/node/readers/index';
import { hardWrap } from './support/hard-wrap';
import { signature } from './support/signature';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'notices');
const NAMES = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const NOW = '2025-03-01T00:00:00.000Z';

describe.each(NAMES)('%s hard-wrapped', (name) => {
  it.each([30, 35, 40])('at %i characters imports to the same structure', async (width) => {
    const { text } = await readNoticeFile(join(CORPUS, `${name}.txt`));
    const original = signature(importNoticeText(text, { now: NOW }).draft);
    expect(signature(importNoticeText(hardWrap(text, width), { now: NOW }).draft)).toEqual(original);
  });
});
