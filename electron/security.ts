// The window's security settings and the guards on navigation, new windows, permissions and requests (DESIGN.md §5).
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { APP_CSP } from '../core/common/api/csp';
import { droppedFilePath } from './drop';
import { isAllowedExternal } from './external-links';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://qicao`;

/** The app's CSP (one list for both hosts), sent with every response of the app protocol. */
export const CSP = APP_CSP;

/** `preloadPath` null: a window that may not call the host at all (使用说明, the PDF print view). */
export function secureWebPreferences(preloadPath: string | null): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Only the app's own pages may load in the window. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Requests the session lets through: the app's protocol and local devtools internals; nothing from a network. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:');
}

export interface HardenOptions {
  /** Opens an allow-listed link in the system browser (shell.openExternal); without it, no link leaves the app. */
  openExternal?: (url: string) => void;
  /** A file dropped on the window (its file:// navigation was cancelled); without it, drops are ignored. */
  openDroppedFile?: (path: string) => void;
}

export function hardenWebContents(contents: WebContents, options: HardenOptions = {}): void {
  const leave = (url: string) => {
    if (options.openExternal && isAllowedExternal(url)) options.openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    const dropped = droppedFilePath(url);
    if (dropped) options.openDroppedFile?.(dropped);
    else leave(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } }),
  );
}
