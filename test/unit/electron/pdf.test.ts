// The Electron PdfPort with a fake BrowserWindow: hidden hardened window, page served from memory, printToPDF
// options from the @page CSS, cleanup on success and on failure.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { WINDOWS_DEFAULT } from '../../../core/common/layout/fonts';
import { PrintPages } from '../../../electron/pdf/print-pages';
import { PDF_OPTIONS, PRINT_WINDOW_OPTIONS, createPrintToPdfPort } from '../../../electron/pdf/print-to-pdf';
import { APP_ORIGIN, CSP } from '../../../electron/security';

class FakeContents extends EventEmitter {
  setWindowOpenHandler = vi.fn();
  executeJavaScript = vi.fn(async () => true);
  printToPDF = vi.fn(async (_o: unknown) => Buffer.from('%PDF-1.7 fake'));
}

function fakeWindow(pages: PrintPages, fail = false) {
  const loaded: string[] = [];
  let served = '';
  const win = {
    webContents: new FakeContents(),
    destroyed: false,
    loadURL: vi.fn(async (url: string) => {
      loaded.push(url);
      served = await pages.response(url)!.text();
      if (fail) throw new Error('ERR_FAILED');
    }),
    isDestroyed() { return this.destroyed; },
    destroy() { this.destroyed = true; },
  };
  return { win, loaded, served: () => served };
}

describe('print to PDF', () => {
  it('prints the print view in a hidden window without preload, then cleans up', async () => {
    const pages = new PrintPages();
    const fake = fakeWindow(pages);
    const created: unknown[] = [];
    const port = createPrintToPdfPort({ createWindow: (o) => (created.push(o), fake.win as never), pages, installedFonts: async () => ({ families: [], files: [] }) });
    const html = '<!doctype html><style>@page { size: A4; margin: 37mm 26mm 35mm 28mm }</style><p>通报</p>';
    const pdf = await port.htmlToPdf(html);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    expect(created[0]).toBe(PRINT_WINDOW_OPTIONS);
    expect(PRINT_WINDOW_OPTIONS.show).toBe(false);
    expect(PRINT_WINDOW_OPTIONS.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(PRINT_WINDOW_OPTIONS.webPreferences!.preload).toBeUndefined();
    expect(fake.loaded[0]).toMatch(new RegExp(`^${APP_ORIGIN}/__print/[0-9a-f-]{36}\\.html$`));
    expect(fake.served()).toBe(html);
    expect(fake.win.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(fake.win.destroyed).toBe(true);
    expect(pages.size).toBe(0);
    expect(fake.win.webContents.setWindowOpenHandler).toHaveBeenCalled(); // hardened
  });

  it('reports a failed load in Chinese and still cleans up', async () => {
    const pages = new PrintPages();
    const fake = fakeWindow(pages, true);
    const port = createPrintToPdfPort({ createWindow: () => fake.win as never, pages, installedFonts: async () => ({ families: [], files: [] }) });
    await expect(port.htmlToPdf('<p>x</p>')).rejects.toMatchObject({ code: 'pdf-failed', message: expect.stringMatching(/^生成 PDF 失败/) });
    expect(fake.win.destroyed).toBe(true);
    expect(pages.size).toBe(0);
  });

  it('does not wait forever for fonts', async () => {
    const pages = new PrintPages();
    const fake = fakeWindow(pages);
    fake.win.webContents.executeJavaScript = vi.fn(() => new Promise<boolean>(() => undefined));
    const port = createPrintToPdfPort({ createWindow: () => fake.win as never, pages, installedFonts: async () => ({ families: [], files: [] }), fontsTimeoutMs: 10 });
    expect((await port.htmlToPdf('<p>x</p>')).byteLength).toBeGreaterThan(0);
  });

  it('checks the profile fonts through the OS reader', async () => {
    const port = createPrintToPdfPort({ createWindow: () => { throw new Error('unused'); }, pages: new PrintPages(), installedFonts: async () => ({ families: [], files: ['simfang.ttf'] }) });
    const s = await port.checkFonts(WINDOWS_DEFAULT);
    expect(s.find((x) => x.role === 'fangsong')!.installed).toBe(true);
  });
});

describe('print pages', () => {
  it('serves only registered pages, with the CSP, until released', async () => {
    const pages = new PrintPages();
    const url = pages.register('<p>a</p>');
    const r = pages.response(url)!;
    expect(r.headers.get('Content-Security-Policy')).toBe(CSP);
    expect(await r.text()).toBe('<p>a</p>');
    expect(pages.response(`${APP_ORIGIN}/__print/00000000-0000-0000-0000-000000000000.html`)).toBeNull();
    expect(pages.response(`${APP_ORIGIN}/index.html`)).toBeNull();
    pages.release(url);
    expect(pages.response(url)).toBeNull();
  });
});
