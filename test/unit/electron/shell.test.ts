// The whole main-process wiring with Electron faked: window, menu, IPC, files from argv and second starts, the
// close prompt, remembered bounds — and nothing that could leave the machine (crash reports, updates, network).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../core/common/api/contract';
import { HOST_EVENT_CHANNEL, RENDERER_REPORT_CHANNEL } from '../../../core/common/api/host-events';
import { MANIFEST_CHANNEL } from '../../../electron/host-bridge';
import { APP_ORIGIN } from '../../../electron/security';
import { type Shell, startShell } from '../../../electron/shell';
import { WINDOW_STATE_FILE } from '../../../electron/window-state';
import { FakeWindow, fakeElectron } from './fake-electron';

const shells: Shell[] = [];
afterEach(() => {
  for (const s of shells.splice(0)) s.services.close();
});

async function start(argv: string[] = []) {
  const fake = fakeElectron();
  const shell = await startShell(fake.electron as never, {
    appRoot: process.cwd(), preloadPath: '/app/dist/electron/preload.cjs', version: '0.1.0-test', argv, cwd: fake.userData, resourcesPath: '/nonexistent',
  });
  shells.push(shell);
  const win = FakeWindow.all[0]!;
  const frame = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null }, sender: win.webContents };
  const report = (name: string, payload: unknown) => fake.ons.get(RENDERER_REPORT_CHANNEL)!(frame, { name, payload });
  const events = () => win.webContents.sent.filter((s) => s.channel === HOST_EVENT_CHANNEL).map((s) => s.message as { name: string; payload: Record<string, unknown> });
  return { ...fake, shell, win, frame, report, events };
}

const flush = () => new Promise((r) => setTimeout(r, 10));

describe('the desktop shell, wired with a fake Electron', () => {
  it('opens one hardened window on app://, registers every channel and installs the Chinese menu', async () => {
    const s = await start();
    expect(FakeWindow.all).toHaveLength(1);
    expect(s.win.url).toBe(`${APP_ORIGIN}/index.html`);
    expect(s.win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/dist/electron/preload.cjs' });
    expect([...s.handles.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => `qicao:${c}`).sort());
    const menu = s.electron.Menu.setApplicationMenu.mock.calls.at(-1)![0] as { label: string }[];
    expect(menu.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '插入(&I)', '格式(&O)', '帮助(&H)']);
    expect(s.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const e = { ...s.frame, returnValue: null as unknown };
    s.ons.get(MANIFEST_CHANNEL)!(e);
    expect((e.returnValue as { channels: string[] }).channels).toEqual(CHANNEL_NAMES);
    const info = (await s.handles.get('qicao:app.info')!(s.frame, {})) as { result: { host: string; version: string } };
    expect(info.result).toMatchObject({ host: 'electron', version: '0.1.0-test' });
  });

  it('opens a file given on the command line once the renderer is ready', async () => {
    const fake = fakeElectron();
    const file = join(fake.userData, '反馈意见.txt');
    writeFileSync(file, '巡察反馈意见');
    const shell = await startShell(fake.electron as never, { appRoot: process.cwd(), preloadPath: '/p.cjs', version: 't', argv: ['qicao', '反馈意见.txt'], cwd: fake.userData, resourcesPath: '/x' });
    shells.push(shell);
    const win = FakeWindow.all[0]!;
    await flush();
    expect(win.webContents.sent).toEqual([]);
    fake.ons.get(RENDERER_REPORT_CHANNEL)!({ senderFrame: { url: `${APP_ORIGIN}/`, parent: null }, sender: win.webContents }, { name: 'app.ready', payload: {} });
    const ev = win.webContents.sent[0]!.message as { name: string; payload: { name: string; kind: string; base64: string } };
    expect(ev.name).toBe('file.open');
    expect(ev.payload).toMatchObject({ name: '反馈意见.txt', kind: 'text' });
    expect(Buffer.from(ev.payload.base64, 'base64').toString()).toBe('巡察反馈意见');
    expect(JSON.parse(readFileSync(join(fake.userData, 'recent-files.json'), 'utf8'))).toEqual([file]);
  });

  it('a second start focuses the window and opens its file; a missing file is explained in Chinese', async () => {
    const s = await start();
    s.report('app.ready', {});
    const draft = join(s.userData, '2024.qicao.json');
    writeFileSync(draft, '{}');
    s.appEvents.emit('second-instance', {}, ['qicao', '2024.qicao.json', '--flag'], s.userData);
    await flush();
    expect(s.win.focused).toBeGreaterThan(0);
    expect(s.events().map((e) => e.name)).toEqual(['file.open']);
    s.appEvents.emit('second-instance', {}, ['qicao', '/nonexistent/x.docx'], '/');
    await flush();
    const [, box] = s.electron.dialog.showMessageBox.mock.calls.at(-1)! as [unknown, { message: string }];
    expect(box.message).toMatch(/不存在/);
    expect(FakeWindow.all).toHaveLength(1);
  });

  it('routes a dropped file and sends menu commands to the renderer', async () => {
    const s = await start();
    s.report('app.ready', {});
    const file = join(s.userData, '通报.docx');
    writeFileSync(file, 'PK');
    let prevented = false;
    s.win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, `file://${file}`);
    await flush();
    expect(prevented).toBe(true);
    expect(s.events().at(-1)).toMatchObject({ name: 'file.open', payload: { kind: 'docx', name: '通报.docx' } });
    const menu = s.electron.Menu.setApplicationMenu.mock.calls.at(-1)![0] as { submenu: { label: string; click?: () => void }[] }[];
    menu[0]!.submenu.find((i) => i.label === '导出 PDF…')!.click!();
    expect(s.events().at(-1)).toEqual({ name: 'menu.exportPdf', payload: {} });
    const recent = menu[0]!.submenu.find((i) => i.label === '最近打开') as unknown as { submenu: { label: string }[] };
    expect(recent.submenu[0]!.label).toBe('1. 通报.docx');
  });

  it('closes a clean window at once and remembers its bounds', async () => {
    const s = await start();
    s.win.close();
    expect(s.win.closed).toBe(true);
    expect(s.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(JSON.parse(readFileSync(join(s.userData, WINDOW_STATE_FILE), 'utf8'))).toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false });
  });

  it('asks before closing a dirty window; 不保存 closes it', async () => {
    const s = await start();
    s.report('state.dirty', { dirty: true, title: '2025年通报' });
    expect(s.win.title).toBe('2025年通报 • — 起草');
    s.win.close();
    expect(s.win.closed).toBe(false);
    await flush();
    const [, prompt] = s.electron.dialog.showMessageBox.mock.calls[0]! as [unknown, { buttons: string[] }];
    expect(prompt.buttons).toEqual(['保存并关闭', '不保存', '取消']);
    expect(s.win.closed).toBe(true);
  });

  it('ignores a malformed dirty report instead of crashing', async () => {
    const s = await start();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => s.report('state.dirty', { dirty: 'very' })).not.toThrow();
    s.win.close();
    expect(s.win.closed).toBe(true);
  });

  it('never touches crashReporter, autoUpdater or net', async () => {
    const s = await start();
    s.report('app.ready', {});
    s.win.close();
    expect(s.touched).toEqual([]);
  });
});

describe('the main bundle', () => {
  it('contains no crash reporting, auto-update or network client', async () => {
    const r = await build({
      entryPoints: ['electron/main.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, packages: 'external',
      external: ['electron'], define: { __QICAO_VERSION__: '"t"' }, logLevel: 'silent',
    });
    const code = r.outputFiles[0]!.text;
    expect(code).not.toMatch(/crashReporter\s*[.(]|autoUpdater|electron-updater|\bnet\.request|require\("(https?|node:https?|net)"\)|fetch\(/);
  });

  it('quits a second instance at once (single-instance lock) without starting the shell', async () => {
    vi.resetModules();
    const fake = fakeElectron();
    fake.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    vi.doMock('electron', () => fake.electron);
    vi.stubGlobal('__QICAO_VERSION__', 't');
    await import('../../../electron/main');
    await flush();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(FakeWindow.all).toHaveLength(0);
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(fake.touched).toEqual([]);
    vi.doUnmock('electron');
    vi.unstubAllGlobals();
  });
});
