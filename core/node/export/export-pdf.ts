// exportPdf: prints the print view (core/common/print) with the local Chromium; CSS @page sizes and numbers the pages.
import type { Browser, Page } from 'playwright-core';
import type { PrintHtmlOptions } from '../../common/print';
import type { Draft } from '../../common/model/types';
import { writeFileAtomic } from '../fs/atomic-write';
import { type LaunchOptions, launchBrowser } from './browser';
import { printDraftPdf } from './record-page';
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

/** A page to print on: its own context, offline, no JavaScript, every request refused (DESIGN.md §3.6). */
export async function openPrintPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route('**/*', (route) => route.abort('blockedbyclient'));
  return page;
}

/**
 * Prints HTML on a page from openPrintPage; the page can be reused for the next (one print at a time). Past the time
 * limit the whole browser is closed (Chromium's print compositor cannot be stopped otherwise) and ExportTimeoutError
 * is thrown: the caller keeping the browser must start a new one.
 */
export async function printOnPage(page: Page, html: string, timeoutMs = PDF_TIME_LIMIT_MS): Promise<Uint8Array> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportTimeoutError(timeoutMs)), timeoutMs);
  });
  const work = (async () => {
    await page.setContent(html, { waitUntil: 'load', timeout: 0 });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false }));
  })();
  try {
    return await Promise.race([work, limit]);
  } catch (e) {
    if (e instanceof ExportTimeoutError) {
      work.catch(() => undefined);
      await page.context().browser()?.close().catch(() => undefined);
    }
    throw e;
  } finally {
    clearTimeout(timer);
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
  // One browser for both passes of printDraftPdf (the second only when the 版记 must move to an even page).
  const browser = opts.browser ?? (await launchBrowser(opts));
  try {
    const bytes = await printDraftPdf(draft, opts, (html) => htmlToPdf(html, { ...opts, browser }));
    writeFileAtomic(path, bytes);
  } finally {
    if (!opts.browser) await browser.close();
  }
}
