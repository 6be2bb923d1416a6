// Electron's security settings and IPC validation, with Electron's API faked at the boundary.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type Api, CHANNEL_NAMES } from '../../../core/common/api/contract';
import { registerIpc } from '../../../electron/ipc';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { droppedFilePath } from '../../../electron/drop';
import { EXTERNAL_ALLOW_LIST, isAllowedExternal } from '../../../electron/external-links';
import { PrintPages } from '../../../electron/pdf/print-pages';
import { resolveAppFile, routeAppRequest } from '../../../electron/protocol';
import { APP_ORIGIN, CSP, hardenSession, hardenWebContents, isAllowedRequest, secureWebPreferences } from '../../../electron/security';
import { createPageWindow, windowOptions } from '../../../electron/window';

describe('window settings', () => {
  it('keeps every Electron security default on', () => {
    const w = windowOptions('/app/preload.cjs').webPreferences!;
    expect(w).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('gives the static-page and print windows no preload at all', () => {
    const w = secureWebPreferences(null);
    expect(w.preload).toBeUndefined();
    expect(w).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, navigateOnDragDrop: false });
    let opts: Record<string, unknown> = {};
    class FakeWindow {
      webContents = new FakeContents();
      constructor(o: Record<string, unknown>) {
        opts = o;
      }
      setMenu() {}
      once() {}
      loadURL = async () => undefined;
    }
    createPageWindow(FakeWindow as never, `${APP_ORIGIN}/guide/index.html`, '起草使用说明');
    expect((opts.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(opts.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });

  it('has a CSP without unsafe-eval and without remote sources', () => {
    expect(CSP).not.toMatch(/unsafe-eval/);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/https?:/);
  });
});

class FakeContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.openHandler = h;
  }
}

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('navigation, windows, permissions and requests', () => {
  it('denies navigation away from the app and every new window', () => {
    const c = new FakeContents();
    hardenWebContents(c as never);
    expect(navigate(c, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(c, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(c, 'will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(navigate(c, 'will-redirect', 'http://127.0.0.1:80/')).toBe(true);
    expect(c.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('opens only allow-listed links, in the system browser, and never in the app', () => {
    const opened: string[] = [];
    const c = new FakeContents();
    hardenWebContents(c as never, { openExternal: (u) => opened.push(u) });
    const gbt = 'https://openstd.samr.gov.cn/bzgk/gb/newGbInfo?hcno=ABC';
    expect(c.openHandler!({ url: gbt })).toEqual({ action: 'deny' });
    expect(navigate(c, 'will-navigate', gbt)).toBe(true);
    expect(c.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(navigate(c, 'will-navigate', 'http://openstd.samr.gov.cn/bzgk/gb/x')).toBe(true);
    expect(opened).toEqual([gbt, gbt]);
    expect(EXTERNAL_ALLOW_LIST).toHaveLength(1);
    for (const bad of ['https://openstd.samr.gov.cn.evil.cn/bzgk/gb/', 'https://user@openstd.samr.gov.cn/bzgk/gb/', 'https://openstd.samr.gov.cn:8443/bzgk/gb/', 'https://openstd.samr.gov.cn/other', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      expect(isAllowedExternal(bad), bad).toBe(false);
    }
  });

  it('turns a dropped notice into an open, not a navigation', () => {
    const dropped: string[] = [];
    const c = new FakeContents();
    hardenWebContents(c as never, { openDroppedFile: (p) => dropped.push(p) });
    const file = join(tmpdir(), '巡察 反馈.docx');
    expect(navigate(c, 'will-navigate', pathToFileURL(file).href)).toBe(true);
    expect(navigate(c, 'will-navigate', 'file:///home/a/photo.png')).toBe(true);
    expect(dropped).toEqual([file]);
    expect(droppedFilePath('https://x/a.txt')).toBeNull();
    expect(droppedFilePath('file://remote-host/share/a.txt', () => { throw new TypeError('host'); })).toBeNull();
  });

  it('denies permission requests and blocks every non-local request', () => {
    let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    hardenSession({
      setPermissionRequestHandler: (h: typeof permission) => (permission = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onBeforeRequest: (h: typeof before) => (before = h), onHeadersReceived: () => undefined },
    } as never);
    let granted: boolean | null = null;
    permission!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | null = null;
      before!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://cdn.example.com/font.woff2')).toBe(true);
    expect(decide('http://127.0.0.1:9999/api')).toBe(true);
    expect(decide(`${APP_ORIGIN}/assets/index.js`)).toBe(false);
    expect(isAllowedRequest('data:image/png;base64,AA')).toBe(true);
  });

  it('serves app pages with the CSP header, the guide from its own folder, and print pages from memory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'qicao-proto-'));
    mkdirSync(join(root, 'renderer'));
    mkdirSync(join(root, 'guide'));
    writeFileSync(join(root, 'renderer', 'index.html'), '<p>app</p>');
    writeFileSync(join(root, 'guide', 'index.html'), '<p>使用说明</p>');
    const roots = { renderer: join(root, 'renderer'), guide: join(root, 'guide') };
    const app = await routeAppRequest(roots, `${APP_ORIGIN}/index.html`);
    expect(app.headers.get('Content-Security-Policy')).toBe(CSP);
    expect(await app.text()).toBe('<p>app</p>');
    expect(await (await routeAppRequest(roots, `${APP_ORIGIN}/guide/index.html`)).text()).toBe('<p>使用说明</p>');
    expect((await routeAppRequest(roots, `${APP_ORIGIN}/guide/..%2F..%2Frenderer%2Findex.html`)).status).toBe(404);
    const pages = new PrintPages();
    const url = pages.register('<p>print</p>');
    expect(await (await routeAppRequest(roots, url, pages)).text()).toBe('<p>print</p>');
  });

  it('serves only files inside the renderer folder', () => {
    expect(resolveAppFile('/app/renderer', `${APP_ORIGIN}/`)).toBe('/app/renderer/index.html');
    expect(resolveAppFile('/app/renderer', `${APP_ORIGIN}/assets/a.js`)).toBe('/app/renderer/assets/a.js');
    expect(resolveAppFile('/app/renderer', `${APP_ORIGIN}/..%2F..%2Fetc%2Fpasswd`)).toBeNull();
  });
});

describe('IPC', () => {
  const api = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, async (i: unknown) => ({ ok: c, i })])) as unknown as Api;
  const handlers = new Map<string, (e: unknown, input: unknown) => Promise<unknown>>();
  registerIpc({ handle: (name: string, h: never) => void handlers.set(name, h) }, api);
  const trusted = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } };

  it('answers a valid call from the app frame', async () => {
    expect(await handlers.get('qicao:drafts.get')!(trusted, { id: 'd_1' })).toEqual({ result: { ok: 'drafts.get', i: { id: 'd_1' } } });
  });

  it('rejects a bad payload with an error, not a crash', async () => {
    const r = (await handlers.get('qicao:drafts.get')!(trusted, { id: 42 })) as { error: { code: string; message: string } };
    expect(r.error.code).toBe('bad-request');
    expect(r.error.message).toMatch(/请求参数无效/);
    const deep = (await handlers.get('qicao:drafts.save')!(trusted, { draft: { id: 'x', body: [{ type: 'virus' }] } })) as { error: { code: string } };
    expect(deep.error.code).toBe('bad-request');
  });

  it('survives every malformed payload a compromised renderer could send', async () => {
    const h = handlers.get('qicao:drafts.get')!;
    for (const bad of [null, undefined, 42, 'x', [], { id: null }, { id: 'x'.repeat(1000) }, { __proto__: { id: 'd' } }, { id: 'd', extra: () => 1 }]) {
      const r = (await h(trusted, bad)) as { result?: unknown; error?: { code: string } };
      if (r.error) expect(['bad-request']).toContain(r.error.code);
      else expect(r.result).toBeDefined();
    }
    expect(await handlers.get('qicao:drafts.get')!({ senderFrame: null }, { id: 'd' })).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses a sender that is not the app top frame', async () => {
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const sub = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: {} } };
    expect(await handlers.get('qicao:drafts.list')!(foreign, {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(await handlers.get('qicao:drafts.list')!(sub, {})).toMatchObject({ error: { code: 'forbidden' } });
  });
});
