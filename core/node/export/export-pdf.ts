// exportPdf: prints the print view (core/common/print) with the local Chromium; CSS @page sizes and numbers the pages.
import type { Browser } from 'playwright-core';
import type { PrintHtmlOptions } from '../../common/print';
import type { Draft } from '../../common/model/types';
import { writeFileAtomic } from '../fs/atomic-write';
import { type LaunchOptions, launchBrowser } from './browser';
import { printDraftPdf } from './record-page';
import { assertWritableTarget } from './target';

export interface ExportPdfOptions extends PrintHtmlOptions, LaunchOptions {
  /** Reuse a running browser (the app keeps one; benchmarks measure both). */
  browser?: Browser;
}

/** Renders the HTML to PDF bytes; every request the page makes is refused (DESIGN.md §3.6: nothing leaves the machine). */
export async function htmlToPdf(html: string, opts: LaunchOptions & { browser?: Browser } = {}): Promise<Uint8Array> {
  const browser = opts.browser ?? (await launchBrowser(opts));
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  } finally {
    if (!opts.browser) await browser.close();
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
