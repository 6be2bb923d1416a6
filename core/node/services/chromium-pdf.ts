// The default PdfPort: one local Chromium, launched on the first PDF and kept warm for the next (starting it is most
// of the cost), closed after a few idle minutes and with the services. playwright-core is loaded only then, so the
// desktop app (which prints with webContents.printToPDF) never loads it.
import type { Browser } from 'playwright-core';
import type { PdfPort } from './ports';

/** How long a warm Chromium waits for the next PDF before it is closed (it holds about 100 MB). */
export const PDF_BROWSER_IDLE_MS = 5 * 60_000;

export function chromiumPdf(opts: { idleMs?: number; timeoutMs?: number } = {}): {
  pdf: PdfPort;
  close(): Promise<void>;
  /** Whether a Chromium is running, and how many were started so far (for tests). */
  isWarm(): boolean;
  launches(): number;
} {
  const idleMs = opts.idleMs ?? PDF_BROWSER_IDLE_MS;
  let browser: Promise<Browser> | null = null;
  let idle: ReturnType<typeof setTimeout> | null = null;
  let busy = 0;
  let launches = 0;

  const close = async (): Promise<void> => {
    if (idle) clearTimeout(idle);
    idle = null;
    const b = browser;
    browser = null;
    if (b) await (await b.catch(() => null))?.close();
  };
  const closeWhenIdle = (): void => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void (busy === 0 && close()), idleMs);
    // A waiting browser must not keep a finished process (the CLI) alive.
    idle.unref?.();
  };

  return {
    pdf: async (html) => {
      busy++;
      if (idle) clearTimeout(idle);
      try {
        const { launchBrowser } = await import('../export/browser');
        const { ExportTimeoutError, htmlToPdf } = await import('../export/export-pdf');
        if (!browser) {
          launches++;
          const launching: Promise<Browser> = launchBrowser().then(
            (b) => {
              // A crashed or killed Chromium is started again on the next PDF rather than failing every export.
              b.on('disconnected', () => void (browser === launching && (browser = null)));
              return b;
            },
            (e: unknown) => {
              browser = null;
              throw e;
            },
          );
          browser = launching;
        }
        try {
          return await htmlToPdf(html, { browser: await browser, timeoutMs: opts.timeoutMs });
        } catch (e) {
          if (e instanceof ExportTimeoutError) browser = null; // htmlToPdf closed it; the next export starts a new one
          throw e;
        }
      } finally {
        busy--;
        closeWhenIdle();
      }
    },
    close,
    isWarm: () => browser !== null,
    launches: () => launches,
  };
}
