// The Electron PdfPort: the print view loaded in a hidden, hardened window and printed with webContents.printToPDF
// (the same Chromium call as Playwright's page.pdf in the tests), its @page CSS deciding size, margins and numbers.
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { ApiError } from '../../core/common/api/contract';
import type { FontProfile } from '../../core/common/layout/fonts';
import { checkProfileFonts, type InstalledFonts } from '../fonts/font-files';
import type { PdfPrinter } from '../ports/pdf-port';
import { hardenWebContents, secureWebPreferences } from '../security';
import type { PrintPages } from './print-pages';

/** A4 at 96 dpi; the window is never shown, its size only matters for layout before printing. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  width: 794,
  height: 1123,
  show: false,
  paintWhenInitiallyHidden: true,
  webPreferences: { ...secureWebPreferences(null), spellcheck: false },
};

export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  // GB/T 9704 page size and margins live in the print HTML's @page rule; the engine's own margins are off.
  preferCSSPageSize: true,
  pageSize: 'A4',
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  displayHeaderFooter: false,
  generateTaggedPDF: true,
};

export interface PrintToPdfDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  pages: PrintPages;
  installedFonts: () => Promise<InstalledFonts>;
  /** Fonts load asynchronously even when local; wait for them, but not forever. */
  fontsTimeoutMs?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

export function createPrintToPdfPort(deps: PrintToPdfDeps): PdfPrinter {
  return {
    async htmlToPdf(html) {
      const url = deps.pages.register(html);
      const win = deps.createWindow(PRINT_WINDOW_OPTIONS);
      hardenWebContents(win.webContents);
      try {
        await win.loadURL(url);
        await withTimeout(win.webContents.executeJavaScript('document.fonts.ready.then(() => true)', true) as Promise<unknown>, deps.fontsTimeoutMs ?? 5000, false);
        const pdf = await win.webContents.printToPDF(PDF_OPTIONS);
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (e) {
        throw new ApiError('pdf-failed', `生成 PDF 失败：${(e as Error)?.message ?? String(e)}`);
      } finally {
        deps.pages.release(url);
        if (!win.isDestroyed()) win.destroy();
      }
    },

    async checkFonts(profile: FontProfile) {
      return checkProfileFonts(profile, await deps.installedFonts());
    },
  };
}
