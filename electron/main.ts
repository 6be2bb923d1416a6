// The Electron main process: one instance, the app:// scheme, then the shell (electron/shell.ts) once ready.
// Deliberately absent: crashReporter, autoUpdater and any network call — nothing leaves the machine.
import * as electron from 'electron';
import { join } from 'node:path';
import { findAppRoot } from '../core/node/app-paths';
import { registerAppScheme, startShell } from './shell';

declare const __QICAO_VERSION__: string;

const { app, dialog } = electron;

registerAppScheme(electron.protocol);

if (!app.requestSingleInstanceLock()) {
  // The running instance gets our argv through 'second-instance' and opens the file there.
  app.quit();
} else {
  app.whenReady().then(
    () =>
      startShell(electron, {
        appRoot: findAppRoot(__dirname),
        preloadPath: join(__dirname, 'preload.cjs'),
        version: __QICAO_VERSION__,
        argv: process.argv,
        cwd: process.cwd(),
        resourcesPath: process.resourcesPath,
      }),
  ).catch((err: unknown) => {
    // The library could not open (locked by another copy, disk full…): say why in Chinese, then exit.
    dialog.showErrorBox('起草无法启动', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}
