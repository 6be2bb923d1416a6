// Zip bombs (issue 18): a .docx whose document.xml inflates to 1 GB from 1 MB, the same with lying sizes, and an
// .xlsx one (as .xlsx and renamed .docx), refused quickly with bounded memory; a real .docx still reads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { NoticeReadError, readNoticeFile } from '../../../core/node/readers';
import { ZIP_LIMITS, assertZipWithinLimits } from '../../../core/node/readers/zip-guard';
import { type BombKind, zipBomb } from '../../support/zip-bombs';

const MB = 1024 * 1024;

async function measure(path: string): Promise<{ ms: number; growthMb: number; maxRssMb: number; error: NoticeReadError }> {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  let error: unknown = null;
  await readNoticeFile(path).catch((e: unknown) => (error = e));
  const ms = performance.now() - t0;
  const maxRss = process.resourceUsage().maxRSS * 1024; // the process's own high-water mark
  // The peak during the read is at most the high-water mark afterwards: an upper bound that cannot flatter.
  return { ms, growthMb: Math.max(0, maxRss - rssBefore) / MB, maxRssMb: maxRss / MB, error: error as NoticeReadError };
}

describe('zip bombs', () => {
  it.each<[BombKind, string]>([
    ['docx', 'honest sizes'],
    ['docx-lying', 'declared 1,000 bytes'],
    ['xlsx-as-docx', 'an .xlsx bomb renamed .docx'],
    ['xlsx', 'an .xlsx bomb'],
  ])('refuses a 1 GB-inside %s (%s) in ≤ 5 s with ≤ 500 MB, with a Chinese message', async (kind) => {
    const path = await zipBomb(kind);
    expect(readFileSync(path).length).toBeLessThan(1.2 * MB);
    const m = await measure(path);
    console.log(`zip bomb ${kind}: refused in ${m.ms.toFixed(0)} ms, peak RSS growth ≤ ${m.growthMb.toFixed(0)} MB (process max RSS ${m.maxRssMb.toFixed(0)} MB)`);
    expect(m.error).toBeInstanceOf(NoticeReadError);
    expect(m.error.code).toMatch(kind === 'xlsx' ? /unsupported/ : /too-large/);
    expect(m.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(m.ms).toBeLessThan(5_000);
    expect(m.growthMb).toBeLessThan(500);
  }, 120_000);

  it('still reads a real Word notice, and refuses damaged zips as damaged', async () => {
    const doc = new Document({ sections: [{ children: ['关于巡察整改进展情况的通报', '一、整改工作开展情况'].map((t) => new Paragraph(t)) }] });
    const docx = join(mkdtempSync(join(tmpdir(), 'qicao-zip-')), '通报.docx');
    writeFileSync(docx, await Packer.toBuffer(doc));
    const text = (await readNoticeFile(docx)).text;
    expect(text).toContain('一、整改工作开展情况');
    const bytes = new Uint8Array(readFileSync(docx));
    expect(() => assertZipWithinLimits(bytes, 'a.docx')).not.toThrow();
    const truncated = bytes.subarray(0, bytes.length - 40);
    expect(() => assertZipWithinLimits(truncated, 'a.docx')).toThrow(/已损坏/);
    expect(ZIP_LIMITS.entryBytes).toBeLessThanOrEqual(64 * MB);
  });
});
