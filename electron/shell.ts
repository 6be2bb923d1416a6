// The desktop shell wired together: protocol, session, services with the native file and PDF ports, the main
// window (remembered bounds, close prompt, drops), the menu, recent files and the single instance. Electron comes
// in as a parameter so the whole wiring runs in tests with fakes.
import type * as Electron from 'electron';
import { join } from 'node:path';
import { ApiError } from '../core/common/api/contract';
import type { HostEventName, HostEventPayload } from '../core/common/api/host-events';
import { appPaths } from '../core/node/app-paths';
import { createServices, type Services } from '../core/node/services/create-services';
import type { ServicePorts } from '../core/node/services/ports';
import { filesFromArgv } from './argv';
import { CLOSE_PROMPT, CloseGuard, closeChoice } from './close-guard';
import { createDialogFilePort } from './files/dialog-port';
import { fileOpenEvent, OPENABLE_FILTERS } from './files/open-path';
import { installedFonts } from './fonts/installed-fonts';
import { registerHostBridge } from './host-bridge';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu/template';
import { PrintPages } from './pdf/print-pages';
import { createPrintToPdfPort } from './pdf/print-to-pdf';
import { routeAppRequest } from './protocol';
import { RecentFiles } from './recent-files';
import { RendererLink } from './renderer-link';
import { APP_ORIGIN, APP_SCHEME, type HardenOptions, hardenSession } from './security';
import { shellPaths } from './paths';
import { createMainWindow, createPageWindow, type WindowClass } from './window';
import { clampToDisplays, fileWindowStateStore } from './window-state';

export type ElectronApi = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'ipcMain' | 'protocol' | 'session' | 'Menu' | 'dialog' | 'shell' | 'screen'>;

export interface ShellOptions {
  appRoot: string;
  preloadPath: string;
  version: string;
  argv: readonly string[];
  cwd: string;
  resourcesPath: string;
}

export interface Shell {
  services: Services;
  mainWindow(): Electron.BrowserWindow | null;
  openPath(path: string): Promise<void>;
}

/** Before `ready`: the app:// scheme must be privileged (standard, secure, fetch) to behave like an origin. */
export function registerAppScheme(protocol: ElectronApi['protocol']): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export async function startShell(e: ElectronApi, o: ShellOptions): Promise<Shell> {
  const { app, dialog, shell } = e;
  const BrowserWindow = e.BrowserWindow as unknown as WindowClass;
  const paths = appPaths(o.appRoot);
  const extra = shellPaths(o.appRoot, app.isPackaged, o.resourcesPath);
  const userData = app.getPath('userData');
  const printPages = new PrintPages();
  const recent = new RecentFiles(userData);
  const link = new RendererLink();
  let win: Electron.BrowserWindow | null = null;
  let guideWin: Electron.BrowserWindow | null = null;

  const send = <N extends HostEventName>(name: N, payload: HostEventPayload<N>) => link.send(name, payload);
  const showError = (message: string) => {
    const options = { type: 'error' as const, title: '起草', message, buttons: ['确定'], noLink: true };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };

  async function openPath(path: string): Promise<void> {
    try {
      const event = fileOpenEvent(path);
      recent.add(path);
      installMenu();
      send('file.open', event);
      if (win?.isMinimized()) win.restore();
      win?.focus();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'not-found') {
        recent.remove(path);
        installMenu();
      }
      showError(err instanceof Error ? err.message : String(err));
    }
  }

  const files = createDialogFilePort({
    dialog,
    parent: () => win,
    defaultDir: app.getPath('documents'),
    onFile: (p) => {
      recent.add(p);
      installMenu();
    },
  });
  const printer = createPrintToPdfPort({ createWindow: (opts) => new BrowserWindow(opts), pages: printPages, installedFonts: () => installedFonts() });
  const ports: ServicePorts = {
    dataDir: join(userData, 'library'),
    templatesDir: paths.templates,
    clock: () => new Date(),
    host: 'electron',
    version: o.version,
    files,
    pdf: (html) => printer.htmlToPdf(html),
  };
  const services = await createServices(ports);

  hardenSession(e.session.defaultSession);
  e.protocol.handle(APP_SCHEME, (req) => routeAppRequest({ renderer: paths.renderer, guide: extra.guide }, req.url, printPages));
  registerIpc(e.ipcMain, services.api);

  const guard = new CloseGuard({
    ask: async () => (win ? closeChoice((await dialog.showMessageBox(win, CLOSE_PROMPT)).response) : 'discard'),
    requestSave: () => send('app.saveBeforeClose', {}),
    close: () => win?.close(),
  });
  registerHostBridge(e.ipcMain, {
    'app.ready': (_r, sender) => {
      if (win && sender === win.webContents) link.markReady();
    },
    'state.dirty': (r, sender) => {
      if (!win || sender !== win.webContents) return;
      guard.report(r.dirty);
      win.setTitle(r.title ? `${r.title}${r.dirty ? ' •' : ''} — 起草` : '起草');
      win.setDocumentEdited(r.dirty);
    },
  });

  const harden: HardenOptions = {
    openExternal: (url) => void shell.openExternal(url),
    openDroppedFile: (p) => void openPath(p),
  };

  async function openWithDialog(): Promise<void> {
    try {
      const chosen = await files.openFile({ filters: OPENABLE_FILTERS });
      if (chosen) await openPath(chosen.path);
    } catch (err) {
      showError(err instanceof Error ? err.message : String(err));
    }
  }

  function showGuide(): void {
    if (guideWin && !guideWin.isDestroyed()) return guideWin.focus();
    guideWin = createPageWindow(BrowserWindow, `${APP_ORIGIN}/guide/index.html`, '起草使用说明', harden, extra.icon);
  }

  function showAbout(): void {
    const options = {
      type: 'info' as const,
      title: '关于起草',
      message: `起草 ${o.version}`,
      detail: `离线起草巡察整改进展情况通报、工作总结，按 GB/T 9704-2012 导出 Word 和 PDF。\n\n文稿保存在本机：${ports.dataDir}\n起草不联网，不上传任何数据，也不自动更新。`,
      buttons: ['确定'],
      noLink: true,
    };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  }

  function installMenu(): void {
    const template = buildMenuTemplate({
      platform: process.platform,
      recent: recent.items(),
      devTools: !app.isPackaged,
      actions: {
        send,
        openFile: () => void openWithDialog(),
        openRecent: (p) => void openPath(p),
        clearRecent: () => {
          recent.clear();
          installMenu();
        },
        showGuide,
        showAbout,
        showDataFolder: () => void shell.openPath(ports.dataDir),
      },
    });
    e.Menu.setApplicationMenu(e.Menu.buildFromTemplate(template));
  }

  const windowState = fileWindowStateStore(userData);
  function openMainWindow(): Electron.BrowserWindow {
    const displays = [e.screen.getPrimaryDisplay(), ...e.screen.getAllDisplays()];
    const state = clampToDisplays(windowState.load(), displays);
    const w = createMainWindow(BrowserWindow, o.preloadPath, { bounds: state.bounds, maximized: state.maximized, icon: extra.icon, harden });
    link.attach(w.webContents);
    w.webContents.on('did-start-loading', () => link.loading());
    w.on('close', (event) => {
      if (guard.onClose(event)) return;
      windowState.save({ bounds: w.getNormalBounds(), maximized: w.isMaximized() });
    });
    w.on('closed', () => {
      if (win === w) win = null;
    });
    return w;
  }

  installMenu();
  win = openMainWindow();
  for (const p of filesFromArgv(o.argv, o.cwd)) void openPath(p);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!win) win = openMainWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
    for (const p of filesFromArgv(argv, workingDirectory)) void openPath(p);
  });
  app.on('activate', () => {
    if (!win) win = openMainWindow();
  });
  app.on('before-quit', () => services.close());

  return { services, mainWindow: () => win, openPath };
}
