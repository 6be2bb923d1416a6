// The default PdfPort: one local Chromium, launched on the first PDF and kept for the next (starting it is most of
// the cost), closed with the services.
import type { Browser } from 'playwright-core';
import { htmlToPdf, launchBrowser } from '../export';
import type { PdfPort } from './ports';

export function chromiumPdf(): { pdf: PdfPort; close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  return {
    pdf: async (html) => {
      browser ??= launchBrowser().catch((e: unknown) => {
        browser = null;
        throw e;
      });
      return htmlToPdf(html, { browser: await browser });
    },
    close: async () => {
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
