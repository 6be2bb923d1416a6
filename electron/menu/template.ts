// The Chinese application menu as data: a pure function of the recent files and the actions it may trigger, so the
// labels, accelerators and the events each item sends are tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { HostEventName, HostEventPayload } from '../../core/common/api/host-events';
import type { RecentFile } from '../recent-files';

export interface MenuActions {
  /** Sends a host event to the focused main window's renderer. */
  send<N extends HostEventName>(name: N, payload: HostEventPayload<N>): void;
  openFile(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showGuide(): void;
  showAbout(): void;
  showDataFolder(): void;
}

export interface MenuInput {
  platform: NodeJS.Platform;
  recent: readonly RecentFile[];
  /** Developer tools only in an unpackaged build: a clerk has no use for them. */
  devTools: boolean;
  actions: MenuActions;
}

type Item = MenuItemConstructorOptions;
const sep: Item = { type: 'separator' };

export function buildMenuTemplate({ platform, recent, devTools, actions }: MenuInput): Item[] {
  const a = actions;
  const recentItems: Item[] = recent.length
    ? [
        ...recent.map((f, i): Item => ({ label: `${i + 1}. ${f.name.replace(/&/g, '&&')}`, toolTip: f.path, click: () => a.openRecent(f.path) })),
        sep,
        { label: '清除列表', click: () => a.clearRecent() },
      ]
    : [{ label: '（无）', enabled: false }];

  const file: Item = {
    label: '文件(&F)',
    submenu: [
      { label: '新建文稿', accelerator: 'CmdOrCtrl+N', click: () => a.send('menu.newDraft', {}) },
      { label: '打开…', accelerator: 'CmdOrCtrl+O', click: () => a.openFile() },
      { label: '最近打开', submenu: recentItems },
      sep,
      { label: '保存版本', accelerator: 'CmdOrCtrl+S', click: () => a.send('menu.saveVersion', {}) },
      { label: '另存为文稿文件…', click: () => a.send('menu.exportDraftFile', {}) },
      sep,
      { label: '导出 Word…', accelerator: 'CmdOrCtrl+Shift+E', click: () => a.send('menu.exportDocx', {}) },
      { label: '导出 PDF…', accelerator: 'CmdOrCtrl+P', click: () => a.send('menu.exportPdf', {}) },
      sep,
      { label: '退出', role: 'quit', accelerator: platform === 'win32' ? 'Alt+F4' : 'CmdOrCtrl+Q' },
    ],
  };

  const edit: Item = {
    label: '编辑(&E)',
    submenu: [
      // Roles, not host events: they reach Lexical as beforeinput historyUndo/historyRedo and also work in inputs.
      { label: '撤销', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: '重做', role: 'redo', accelerator: platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z' },
      sep,
      { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      sep,
      { label: '查找…', accelerator: 'CmdOrCtrl+F', click: () => a.send('menu.find', {}) },
      { label: '替换…', accelerator: 'CmdOrCtrl+H', click: () => a.send('menu.replace', {}) },
    ],
  };

  const view: Item = {
    label: '视图(&V)',
    submenu: [
      { label: '大纲', click: () => a.send('menu.view', { panel: 'outline' }) },
      { label: '整改台账', click: () => a.send('menu.view', { panel: 'ledger' }) },
      { label: '校对', click: () => a.send('menu.view', { panel: 'checks' }) },
      { label: '版本', click: () => a.send('menu.view', { panel: 'versions' }) },
      sep,
      { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: '缩小', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { label: '实际大小', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      sep,
      { label: '全屏', role: 'togglefullscreen', accelerator: 'F11' },
      ...(devTools ? [sep, { label: '开发者工具', role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' } as Item] : []),
    ],
  };

  const insert: Item = {
    label: '插入(&I)',
    submenu: [
      { label: '一级标题（部分）', click: () => a.send('menu.insert', { item: 'section' }) },
      { label: '方面', click: () => a.send('menu.insert', { item: 'aspect' }) },
      { label: '具体问题', click: () => a.send('menu.insert', { item: 'problem' }) },
      { label: '整改措施', click: () => a.send('menu.insert', { item: 'measure' }) },
      { label: '段落', click: () => a.send('menu.insert', { item: 'paragraph' }) },
      sep,
      { label: '成文日期', click: () => a.send('menu.insert', { item: 'date' }) },
      { label: '监督联系段', click: () => a.send('menu.insert', { item: 'contact' }) },
    ],
  };

  const format: Item = {
    label: '格式(&O)',
    submenu: [
      { label: '标点规范化（全角）', click: () => a.send('menu.format', { item: 'normalize-punctuation' }) },
      sep,
      { label: '版式设置…', click: () => a.send('menu.format', { item: 'layout' }) },
      { label: '字体方案…', click: () => a.send('menu.format', { item: 'fonts' }) },
      { label: '单位信息…', click: () => a.send('menu.format', { item: 'profile' }) },
    ],
  };

  const help: Item = {
    label: '帮助(&H)',
    submenu: [
      { label: '使用说明', accelerator: 'F1', click: () => a.showGuide() },
      { label: '打开数据文件夹', click: () => a.showDataFolder() },
      sep,
      { label: '关于起草', click: () => a.showAbout() },
    ],
  };

  return [file, edit, view, insert, format, help];
}

/** Every item with an accelerator, for the test that no two share one. */
export function accelerators(template: readonly Item[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (items: readonly Item[]) => {
    for (const it of items) {
      if (it.accelerator) out.set(String(it.label), String(it.accelerator));
      if (Array.isArray(it.submenu)) walk(it.submenu);
    }
  };
  walk(template);
  return out;
}
