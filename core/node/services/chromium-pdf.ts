// The default PdfPort: one local Chromium, launched on the first PDF and kept for the next (starting it is most of
// the cost), closed with the services. playwright-core is loaded only then, so the desktop app (which prints with
// webContents.printToPDF) never loads it.
import type { Browser } from 'playwright-core';
import type { PdfPort } from './ports';

export function chromiumPdf(opts: { timeoutMs?: number } = {}): { pdf: PdfPort; close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  return {
    pdf: async (html) => {
      const { launchBrowser } = await import('../export/browser');
      const { htmlToPdf } = await import('../export/export-pdf');
      browser ??= launchBrowser().catch((e: unknown) => {
        browser = null;
        throw e;
      });
      const { ExportTimeoutError } = await import('../export/export-pdf');
      try {
        return await htmlToPdf(html, { browser: await browser, timeoutMs: opts.timeoutMs });
      } catch (e) {
        if (e instanceof ExportTimeoutError) browser = null; // htmlToPdf closed it; the next export starts a new one
        throw e;
      }
    },
    close: async () => {
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
