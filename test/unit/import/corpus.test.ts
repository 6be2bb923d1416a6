// Notices written as real sites publish them (test/unit/import/corpus): each imports to the summary a careful reader
// takes from it, and keeps its structure through plain text and back. One of them is stored as GBK.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importNoticeText } from '../../../core/common/import/index';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { summarize } from '../../../core/common/summary';
import { readNoticeFile } from '../../../core/node/readers/index';
import { expectedMismatches, signature } from './support/signature';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'notices');
const NAMES = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const NOW = '2025-03-01T00:00:00.000Z';

it('holds at least 30 notices, each with its expected summary', () => {
  expect(NAMES.length).toBeGreaterThanOrEqual(30);
  for (const n of NAMES) expect(readdirSync(CORPUS)).toContain(`${n}.json`);
});

describe.each(NAMES)('corpus notice %s', (name) => {
  const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as Record<string, unknown>;

  it('summarises as a careful reader would', async () => {
    const { text } = await readNoticeFile(join(CORPUS, `${name}.txt`));
    const { draft } = importNoticeText(text, { now: NOW });
    expect(expectedMismatches(summarize(draft) as unknown as Record<string, unknown>, expected)).toEqual([]);
  });

  it('keeps its structure through plain text and back', async () => {
    const { text } = await readNoticeFile(join(CORPUS, `${name}.txt`));
    const { draft } = importNoticeText(text, { now: NOW });
    const again = importNoticeText(renderPlainText(draft), { now: NOW }).draft;
    expect(signature(again)).toEqual(signature(draft));
  });
});

describe('corpus notices pasted as one line', () => {
  // Flattened copies whose structure the ordinals still carry; signer and a Chinese-numeral 成文日期 at the very end.
  it.each(['c02-zhen-dangwei-aspects-top', 'c10-shuiliju-paren-measure-lines', 'c13-zirangziyuan-top-issues-attach'])('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as Record<string, unknown>;
    const { text } = await readNoticeFile(join(CORPUS, `${name}.txt`));
    const flat = text.split('\n').map((l) => l.trim()).join('');
    expect(expectedMismatches(summarize(importNoticeText(flat, { now: NOW }).draft) as unknown as Record<string, unknown>, expected)).toEqual([]);
  });
});
