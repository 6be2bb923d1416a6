// The Electron main process: a thin adapter that wires the app protocol, the hardened window and IPC to core services.
import { BrowserWindow, app, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { appPaths, findAppRoot } from '../core/node/app-paths';
import { createServices } from '../core/node/services/create-services';
import { registerIpc } from './ipc';
import { appProtocolResponse } from './protocol';
import { APP_SCHEME, hardenSession } from './security';
import { createMainWindow } from './window';

declare const __QICAO_VERSION__: string;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(async () => {
  const paths = appPaths(findAppRoot(__dirname));
  const services = await createServices({
    dataDir: join(app.getPath('userData'), 'library'),
    templatesDir: paths.templates,
    clock: () => new Date(),
    host: 'electron',
    version: __QICAO_VERSION__,
  });
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (req) => appProtocolResponse(paths.renderer, req.url));
  registerIpc(ipcMain, services.api);
  let win = createMainWindow(BrowserWindow, join(__dirname, 'preload.cjs'));
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow(BrowserWindow, join(__dirname, 'preload.cjs'));
  });
  app.on('before-quit', () => services.close());
});

app.on('window-all-closed', () => app.quit());
