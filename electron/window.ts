// Creates the main window, hardened, loading the renderer through app://, where the clerk left it last time.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN, type HardenOptions, hardenWebContents, secureWebPreferences } from './security';
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './window-state';

export function windowOptions(preloadPath: string, bounds?: Rect, icon?: string): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '起草',
    show: false,
    backgroundColor: '#f3f4f6',
    ...(icon ? { icon } : {}),
    // A dropped file becomes a file:// navigation that hardenWebContents cancels and opens as a file instead.
    webPreferences: { ...secureWebPreferences(preloadPath), navigateOnDragDrop: true },
  };
}

export type WindowClass = new (o: BrowserWindowConstructorOptions) => BrowserWindowType;

export function createMainWindow(
  BrowserWindow: WindowClass,
  preloadPath: string,
  opts: { bounds?: Rect; maximized?: boolean; icon?: string; harden?: HardenOptions } = {},
): BrowserWindowType {
  const win = new BrowserWindow(windowOptions(preloadPath, opts.bounds, opts.icon));
  hardenWebContents(win.webContents, opts.harden);
  win.once('ready-to-show', () => {
    if (opts.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** A window showing one of the app's static pages (使用说明): no preload, so it cannot call the host. */
export function createPageWindow(BrowserWindow: WindowClass, url: string, title: string, harden?: HardenOptions, icon?: string): BrowserWindowType {
  const win = new BrowserWindow({
    width: 960,
    height: 800,
    title,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(null),
  });
  win.setMenu(null);
  hardenWebContents(win.webContents, harden);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}
