// The next PDF printed ahead (core/node/services/print-ahead.ts, pdf-memo.ts): through the API contract on a real
// library, with a real Chromium. A draft exported to PDF and then saved is printed again in the background once the
// clerk pauses; the export that follows prints nothing and delivers those bytes. An export whose print view differs
// from the one printed ahead — an edit saved just before it — is printed afresh. Drafts never exported cost no print.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileResult, dispatch } from '../../../core/common/api/contract';
import { pdfPageCount } from '../../../core/node/export/record-page';
import { unifyIdeographText } from '../../../core/node/export/pdf-text';
import { chromiumPdf } from '../../../core/node/services/chromium-pdf';
import { type Services, createServices } from '../../../core/node/services/create-services';
import { memoPdf } from '../../../core/node/services/pdf-memo';
import { PRINT_AHEAD_QUIET_MS } from '../../../core/node/services/print-ahead';
import { putianSizeDraft, withEdit } from '../../support/synthetic-draft';
import { TEMPLATES_DIR } from '../../support/templates';

describe('memoPdf', () => {
  it('prints the same HTML once, joins a print under way, prints other HTML again and keeps no failure', async () => {
    const printed: string[] = [];
    let fail = false;
    const memo = memoPdf(async (html) => {
      printed.push(html);
      await new Promise((r) => setTimeout(r, 20));
      if (fail) throw new Error('打印失败');
      return new TextEncoder().encode(`%PDF-${html}`);
    });
    const [a, b] = await Promise.all([memo('甲'), memo('甲')]);
    expect(printed).toEqual(['甲']);
    expect(new TextDecoder().decode(a)).toBe('%PDF-甲');
    // Each caller gets its own copy: one that changes its bytes (the text-layer fix) cannot change the other's.
    a[0] = 0;
    expect(new TextDecoder().decode(b)).toBe('%PDF-甲');
    expect(new TextDecoder().decode(await memo('甲'))).toBe('%PDF-甲');
    await memo('乙');
    expect(printed).toEqual(['甲', '乙']);
    fail = true;
    await expect(memo('丙')).rejects.toThrow('打印失败');
    fail = false;
    await memo('丙');
    expect(printed).toEqual(['甲', '乙', '丙', '丙']);
  });
});

describe('a PDF printed ahead after a save', () => {
  const chromium = chromiumPdf();
  const printed: Uint8Array[] = [];
  let s: Services;
  const call = <T>(channel: string, input: unknown) => dispatch(s.api, channel, input) as Promise<T>;
  const pdfOf = (r: FileResult) => Buffer.from(r.base64!, 'base64');
  const fixed = (b: Uint8Array) => Buffer.from(unifyIdeographText(b));
  /** Waits until `n` prints have been made (a print ahead runs in the background), or a generous time has passed. */
  const printsReach = async (n: number): Promise<number> => {
    const until = Date.now() + PRINT_AHEAD_QUIET_MS + 30_000;
    while (printed.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    return printed.length;
  };

  beforeAll(async () => {
    s = await createServices({
      dataDir: mkdtempSync(join(tmpdir(), 'qicao-print-ahead-')), templatesDir: TEMPLATES_DIR,
      clock: () => new Date('2025-03-01T08:00:00Z'), host: 'browser', version: 'test',
      pdf: async (html) => {
        const bytes = await chromium.pdf(html);
        printed.push(bytes);
        return bytes;
      },
    });
  });
  afterAll(async () => {
    await s.close();
    await chromium.close();
  });

  it('delivers the bytes printed in the pause, prints afresh when the text differs, and never for a draft not exported', async () => {
    const draft = putianSizeDraft();
    let rev = (await call<{ updatedAt: string }>('drafts.save', { draft })).updatedAt;
    const first = pdfOf(await call<FileResult>('export.pdf', { id: draft.id }));
    expect(printed).toHaveLength(1);

    // Saved with an edit; the clerk pauses: the new text is printed in the background.
    const edited = withEdit(draft, '（已改）');
    rev = (await call<{ updatedAt: string }>('drafts.save', { draft: edited, base: rev })).updatedAt;
    expect(printed).toHaveLength(1);
    expect(await printsReach(2)).toBe(2);
    const second = pdfOf(await call<FileResult>('export.pdf', { id: draft.id }));
    expect(printed).toHaveLength(2);
    expect(second.equals(fixed(printed[1]!))).toBe(true);
    expect(second.equals(first)).toBe(false);
    expect(pdfPageCount(second)).toBe(pdfPageCount(first));

    // An edit saved just before the export: the bytes printed ahead are not this text's, so the export prints.
    await call('drafts.save', { draft: withEdit(edited, '再改'), base: rev });
    const third = pdfOf(await call<FileResult>('export.pdf', { id: draft.id }));
    expect(printed).toHaveLength(3);
    expect(third.equals(fixed(printed[2]!))).toBe(true);
    // Its own print ahead, once the pause comes, finds that text printed already.
    await new Promise((r) => setTimeout(r, PRINT_AHEAD_QUIET_MS + 2_000));
    expect(printed).toHaveLength(3);

    // A draft never exported to PDF: its saves print nothing.
    const other = { ...putianSizeDraft(), id: 'never-printed' };
    const r = (await call<{ updatedAt: string }>('drafts.save', { draft: other })).updatedAt;
    await call('drafts.save', { draft: withEdit(other, '改'), base: r });
    await new Promise((res) => setTimeout(res, PRINT_AHEAD_QUIET_MS + 2_000));
    expect(printed).toHaveLength(3);
  }, 120_000);
});
