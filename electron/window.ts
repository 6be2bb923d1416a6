// Creates the main window, hardened, loading the renderer through app://.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN, hardenWebContents, secureWebPreferences } from './security';

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: '起草',
    show: false,
    backgroundColor: '#f3f4f6',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export function createMainWindow(
  BrowserWindow: new (o: BrowserWindowConstructorOptions) => BrowserWindowType,
  preloadPath: string,
): BrowserWindowType {
  const win = new BrowserWindow(windowOptions(preloadPath));
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
