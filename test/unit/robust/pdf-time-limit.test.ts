// PDF export has a time limit (issue 18): past it the export stops with a Chinese message instead of running for
// minutes, and the next export works (a fresh Chromium). The largest draft the gate accepts finishes or stops
// within the limit; a 3,000,000-字 title never reaches layout.
import { describe, expect, it } from 'vitest';
import { validateDraft } from '../../../core/common/api/draft-gate';
import { DRAFT_LIMITS } from '../../../core/common/api/draft-schema';
import { paragraph } from '../../../core/common/model/build';
import { buildPrintHtml } from '../../../core/common/print';
import { ExportTimeoutError, PDF_TIME_LIMIT_MS } from '../../../core/node/export';
import { chromiumPdf } from '../../../core/node/services/chromium-pdf';
import { simpleDraft } from '../../support/library-drafts';

/** Close to every limit at once: the longest title, body text just under the draft's total. */
function largestAccepted() {
  const d = simpleDraft('标'.repeat(DRAFT_LIMITS.field), []);
  const per = 90_000;
  d.body = Array.from({ length: Math.floor((DRAFT_LIMITS.chars - 60_000) / per) }, (_, i) => paragraph(`${i}`.padEnd(per, '整改')));
  return d;
}

describe('PDF time limit', () => {
  it('refuses a 3,000,000-character title before layout', () => {
    expect(() => validateDraft(simpleDraft('标'.repeat(3_000_000), ['正文']))).toThrow(/文字过多|过长/);
    expect(PDF_TIME_LIMIT_MS).toBeLessThanOrEqual(120_000);
  });

  it('stops an export past its limit with a message, and the next export works', async () => {
    const limit = 4_000;
    const printer = chromiumPdf({ timeoutMs: limit });
    try {
      const big = largestAccepted();
      expect(() => validateDraft(big)).not.toThrow();
      const t0 = Date.now();
      let outcome: string;
      try {
        const bytes = await printer.pdf(buildPrintHtml(big, {}));
        outcome = `finished (${bytes.length} bytes)`;
      } catch (e) {
        expect(e).toBeInstanceOf(ExportTimeoutError);
        expect((e as Error).message).toMatch(/生成 PDF 超过 4 秒仍未完成，已停止/);
        outcome = 'stopped with a message';
      }
      const ms = Date.now() - t0;
      console.log(`largest accepted draft (${DRAFT_LIMITS.chars} 字 limit) with a ${limit} ms limit: ${outcome} after ${ms} ms`);
      expect(ms).toBeLessThan(limit + 60_000); // launching Chromium on a loaded machine is not part of the limit
      const small = await printer.pdf(buildPrintHtml(simpleDraft('关于巡察整改进展情况的通报', ['正文。']), {}));
      expect(Buffer.from(small.subarray(0, 4)).toString()).toBe('%PDF');
    } finally {
      await printer.close();
    }
  }, 240_000);
});
