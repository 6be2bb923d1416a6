// Electron's security settings and IPC validation, with Electron's API faked at the boundary.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type Api, CHANNEL_NAMES } from '../../../core/common/api/contract';
import { registerIpc } from '../../../electron/ipc';
import { resolveAppFile } from '../../../electron/protocol';
import { APP_ORIGIN, CSP, hardenSession, hardenWebContents, isAllowedRequest } from '../../../electron/security';
import { windowOptions } from '../../../electron/window';

describe('window settings', () => {
  it('keeps every Electron security default on', () => {
    const w = windowOptions('/app/preload.cjs').webPreferences!;
    expect(w).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
      preload: '/app/preload.cjs',
    });
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

  it('refuses a sender that is not the app top frame', async () => {
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const sub = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: {} } };
    expect(await handlers.get('qicao:drafts.list')!(foreign, {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(await handlers.get('qicao:drafts.list')!(sub, {})).toMatchObject({ error: { code: 'forbidden' } });
  });
});
