// The default PdfPort: one local Chromium with one print page, started on the first PDF and kept warm for the next
// (starting the browser and a page is most of the cost), closed after a few idle minutes and with the services.
// playwright-core is loaded only then, so the desktop app (which prints with webContents.printToPDF) never loads it.
import type { Browser, Page } from 'playwright-core';
import type { PdfPort } from './ports';

/** How long a warm Chromium waits for the next PDF before it is closed (it holds about 100 MB). */
export const PDF_BROWSER_IDLE_MS = 5 * 60_000;

interface Warm {
  browser: Browser;
  page: Page;
}

export function chromiumPdf(opts: { idleMs?: number; timeoutMs?: number } = {}): {
  pdf: PdfPort;
  close(): Promise<void>;
  /** Whether a Chromium is running, and how many were started so far (for tests). */
  isWarm(): boolean;
  launches(): number;
} {
  const idleMs = opts.idleMs ?? PDF_BROWSER_IDLE_MS;
  let warm: Promise<Warm> | null = null;
  let idle: ReturnType<typeof setTimeout> | null = null;
  let launches = 0;
  // One print at a time on the shared page.
  let queue: Promise<unknown> = Promise.resolve();

  const close = async (): Promise<void> => {
    if (idle) clearTimeout(idle);
    idle = null;
    const w = warm;
    warm = null;
    if (w) await (await w.catch(() => null))?.browser.close();
  };
  const closeWhenIdle = (): void => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void close(), idleMs);
    // A waiting browser must not keep a finished process (the CLI) alive.
    idle.unref?.();
  };
  const start = (): Promise<Warm> => {
    launches++;
    const launching: Promise<Warm> = (async () => {
      const { launchBrowser } = await import('../export/browser');
      const { openPrintPage } = await import('../export/export-pdf');
      const browser = await launchBrowser();
      // A crashed or killed Chromium is started again on the next PDF rather than failing every export.
      browser.on('disconnected', () => void (warm === launching && (warm = null)));
      return { browser, page: await openPrintPage(browser) };
    })();
    launching.catch(() => void (warm === launching && (warm = null)));
    return launching;
  };

  const print = async (html: string): Promise<Uint8Array> => {
    if (idle) clearTimeout(idle);
    try {
      warm ??= start();
      const w = await warm;
      const { ExportTimeoutError, openPrintPage, printOnPage } = await import('../export/export-pdf');
      if (w.page.isClosed()) w.page = await openPrintPage(w.browser);
      try {
        return await printOnPage(w.page, html, opts.timeoutMs);
      } catch (e) {
        if (e instanceof ExportTimeoutError) warm = null; // printOnPage closed the browser; the next PDF starts one
        throw e;
      }
    } finally {
      closeWhenIdle();
    }
  };

  return {
    pdf: (html) => {
      const run = queue.then(() => print(html));
      queue = run.catch(() => undefined);
      return run;
    },
    close,
    isWarm: () => warm !== null,
    launches: () => launches,
  };
}
