// exportPdf: prints the print view (core/common/print) with the local Chromium; CSS @page sizes and numbers the pages.
import type { Browser, Page } from 'playwright-core';
import { type PrintHtmlOptions, buildPrintHtml } from '../../common/print';
import type { Draft } from '../../common/model/types';
import { writeFileAtomic } from '../fs/atomic-write';
import { type LaunchOptions, launchBrowser } from './browser';
import { assertWritableTarget } from './target';

export interface ExportPdfOptions extends PrintHtmlOptions, LaunchOptions {
  /** Reuse a running browser (the app keeps one; benchmarks measure both). */
  browser?: Browser;
}

/** A page to print on: its own context, offline, no JavaScript, every request refused (DESIGN.md §3.6). */
export async function openPrintPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route('**/*', (route) => route.abort('blockedbyclient'));
  return page;
}

/** Prints HTML on a page from openPrintPage; the page can be reused for the next (one print at a time). */
export async function printOnPage(page: Page, html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false }));
}

/** Renders the HTML to PDF bytes on a fresh page; nothing leaves the machine. */
export async function htmlToPdf(html: string, opts: LaunchOptions & { browser?: Browser } = {}): Promise<Uint8Array> {
  const browser = opts.browser ?? (await launchBrowser(opts));
  try {
    const page = await openPrintPage(browser);
    try {
      return await printOnPage(page, html);
    } finally {
      await page.context().close();
    }
  } finally {
    if (!opts.browser) await browser.close();
  }
}

export async function exportPdf(draft: Draft, path: string, opts: ExportPdfOptions = {}): Promise<void> {
  assertWritableTarget(path, '.pdf');
  const bytes = await htmlToPdf(buildPrintHtml(draft, opts), opts);
  writeFileAtomic(path, bytes);
}
