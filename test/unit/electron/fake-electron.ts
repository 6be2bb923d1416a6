// A fake of the Electron main-process API, just enough for the shell's wiring to run in plain Node.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  sent: { channel: string; message: unknown }[] = [];
  openHandler: ((d: { url: string }) => unknown) | null = null;
  send(channel: string, message: unknown) {
    this.sent.push({ channel, message });
  }
  isDestroyed() {
    return false;
  }
  setWindowOpenHandler(h: (d: { url: string }) => unknown) {
    this.openHandler = h;
  }
  executeJavaScript = vi.fn(async () => true);
  printToPDF = vi.fn(async () => Buffer.from('%PDF'));
}

export class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  webContents = new FakeWebContents();
  url = '';
  title = '';
  closed = false;
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.all.push(this);
  }
  loadURL = vi.fn(async (url: string) => {
    this.url = url;
  });
  show() {}
  maximize() {}
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused++;
  }
  setMenu() {}
  setTitle(t: string) {
    this.title = t;
  }
  setDocumentEdited() {}
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 };
  }
  isMaximized() {
    return false;
  }
  isDestroyed() {
    return this.closed;
  }
  destroy() {
    this.closed = true;
  }
  /** Like Electron: emits 'close' (preventable), then 'closed'. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.closed = true;
    this.emit('closed');
  }
}

export function fakeElectron() {
  FakeWindow.all = [];
  const userData = mkdtempSync(join(tmpdir(), 'qicao-userdata-'));
  const appEvents = new EventEmitter();
  const handles = new Map<string, (...a: unknown[]) => unknown>();
  const ons = new Map<string, (...a: unknown[]) => unknown>();
  const touched: string[] = [];
  const forbidden = (name: string) =>
    new Proxy({}, { get: (_t, prop) => (touched.push(`${name}.${String(prop)}`), () => undefined) });
  const electron = {
    app: {
      isPackaged: false,
      getPath: (name: string) => (name === 'userData' ? userData : join(userData, name)),
      on: (event: string, h: (...a: unknown[]) => void) => appEvents.on(event, h),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (name: string, h: (...a: unknown[]) => unknown) => handles.set(name, h),
      on: (name: string, h: (...a: unknown[]) => unknown) => ons.set(name, h),
    },
    protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    dialog: {
      showMessageBox: vi.fn(async (..._a: unknown[]) => ({ response: 1 })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    // Nothing may leave the machine: any use of these is recorded and fails the tests.
    crashReporter: forbidden('crashReporter'),
    autoUpdater: forbidden('autoUpdater'),
    net: forbidden('net'),
  };
  return { electron, userData, appEvents, handles, ons, touched };
}
