// exportPdf: prints the print view (core/common/print) with the local Chromium; CSS @page sizes and numbers the pages.
import type { Browser } from 'playwright-core';
import { type PrintHtmlOptions, buildPrintHtml } from '../../common/print';
import type { Draft } from '../../common/model/types';
import { writeFileAtomic } from '../fs/atomic-write';
import { type LaunchOptions, launchBrowser } from './browser';
import { assertWritableTarget } from './target';

export interface ExportPdfOptions extends PrintHtmlOptions, LaunchOptions {
  /** Reuse a running browser (the app keeps one; benchmarks measure both). */
  browser?: Browser;
  timeoutMs?: number;
}

/** A putian-size notice prints in about a second; a draft at the schema's size limits in well under this. */
export const PDF_TIME_LIMIT_MS = 90_000;

export class ExportTimeoutError extends Error {
  readonly code = 'timeout';
  constructor(ms: number) {
    super(`生成 PDF 超过 ${Math.round(ms / 1000)} 秒仍未完成，已停止。文稿可能过长；可先导出 Word（DOCX），或拆分文稿后再导出 PDF。`);
    this.name = 'ExportTimeoutError';
  }
}

/**
 * Renders the HTML to PDF bytes; every request the page makes is refused (DESIGN.md §3.6: nothing leaves the
 * machine). Past the time limit the browser is closed — Chromium's print compositor cannot be stopped otherwise —
 * and ExportTimeoutError is thrown; a caller that keeps a browser must launch a new one.
 */
export async function htmlToPdf(html: string, opts: LaunchOptions & { browser?: Browser; timeoutMs?: number } = {}): Promise<Uint8Array> {
  const browser = opts.browser ?? (await launchBrowser(opts));
  const ms = opts.timeoutMs ?? PDF_TIME_LIMIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new ExportTimeoutError(ms));
    }, ms);
  });
  const work = (async () => {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html, { waitUntil: 'load', timeout: 0 });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } finally {
      if (!timedOut) await context.close();
    }
  })();
  try {
    return await Promise.race([work, limit]);
  } catch (e) {
    if (timedOut) {
      work.catch(() => undefined);
      await browser.close().catch(() => undefined);
    }
    throw e;
  } finally {
    clearTimeout(timer);
    if (!opts.browser && !timedOut) await browser.close();
  }
}

export async function exportPdf(draft: Draft, path: string, opts: ExportPdfOptions = {}): Promise<void> {
  assertWritableTarget(path, '.pdf');
  const bytes = await htmlToPdf(buildPrintHtml(draft, opts), opts);
  writeFileAtomic(path, bytes);
}
