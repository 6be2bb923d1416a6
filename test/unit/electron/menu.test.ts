// The application menu as data: Chinese labels, the accelerators of the brief, and the host events items send.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { HOST_EVENTS, type HostEventName, validateHostEvent } from '../../../core/common/api/host-events';
import { type MenuActions, accelerators, buildMenuTemplate } from '../../../electron/menu/template';

function setup(platform: NodeJS.Platform = 'win32', recent = [{ path: 'D:\\公文\\通报.qicao.json', name: '通报.qicao.json' }]) {
  const sent: [string, unknown][] = [];
  const actions: MenuActions = {
    send: ((name: HostEventName, payload: unknown) => void sent.push([name, payload])) as MenuActions['send'],
    openFile: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), showGuide: vi.fn(), showAbout: vi.fn(), showDataFolder: vi.fn(),
  };
  const template = buildMenuTemplate({ platform, recent, devTools: false, actions });
  return { template, sent, actions };
}

function find(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const it of items) {
    if (it.label === label) return it;
    if (Array.isArray(it.submenu)) {
      const hit = findOrNull(it.submenu, label);
      if (hit) return hit;
    }
  }
  throw new Error(`no menu item ${label}`);
}
function findOrNull(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | null {
  try {
    return find(items, label);
  } catch {
    return null;
  }
}
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('application menu', () => {
  it('has the six Chinese menus in order', () => {
    expect(setup().template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '插入(&I)', '格式(&O)', '帮助(&H)']);
  });

  it('has the accelerators clerks know from Word/WPS, none used twice', () => {
    const acc = accelerators(setup().template);
    expect(acc.get('新建文稿')).toBe('CmdOrCtrl+N');
    expect(acc.get('打开…')).toBe('CmdOrCtrl+O');
    expect(acc.get('保存版本')).toBe('CmdOrCtrl+S');
    expect(acc.get('导出 PDF…')).toBe('CmdOrCtrl+P');
    expect(acc.get('导出 Word…')).toBe('CmdOrCtrl+Shift+E');
    expect(acc.get('撤销')).toBe('CmdOrCtrl+Z');
    expect(acc.get('重做')).toBe('Ctrl+Y');
    expect(acc.get('查找…')).toBe('CmdOrCtrl+F');
    expect(acc.get('替换…')).toBe('CmdOrCtrl+H');
    expect(acc.get('放大')).toBe('CmdOrCtrl+=');
    expect(acc.get('使用说明')).toBe('F1');
    const values = [...acc.values()];
    expect(new Set(values).size).toBe(values.length);
    expect(accelerators(setup('linux').template).get('重做')).toBe('CmdOrCtrl+Shift+Z');
  });

  it('sends valid host events for document commands', () => {
    const { template, sent } = setup();
    for (const label of ['新建文稿', '保存版本', '导出 Word…', '导出 PDF…', '查找…', '替换…', '整改台账', '具体问题', '标点规范化（全角）', '另存为文稿文件…']) {
      click(find(template, label));
    }
    expect(sent.map(([n]) => n)).toEqual([
      'menu.newDraft', 'menu.saveVersion', 'menu.exportDocx', 'menu.exportPdf', 'menu.find', 'menu.replace',
      'menu.view', 'menu.insert', 'menu.format', 'menu.exportDraftFile',
    ]);
    for (const [name, payload] of sent) expect(() => validateHostEvent(name as HostEventName, payload)).not.toThrow();
    expect(sent[6]![1]).toEqual({ panel: 'ledger' });
    expect(sent[7]![1]).toEqual({ item: 'problem' });
  });

  it('every menu event the template can send is declared in HOST_EVENTS', () => {
    const { template, sent } = setup();
    const walk = (items: readonly MenuItemConstructorOptions[]) => {
      for (const it of items) {
        if (it.click) click(it);
        if (Array.isArray(it.submenu)) walk(it.submenu);
      }
    };
    walk(template);
    for (const [name] of sent) expect(Object.keys(HOST_EVENTS)).toContain(name);
  });

  it('uses native roles for undo/redo/clipboard/zoom and actions for files, guide and about', () => {
    const { template, actions } = setup();
    expect(find(template, '撤销').role).toBe('undo');
    expect(find(template, '粘贴').role).toBe('paste');
    expect(find(template, '实际大小').role).toBe('resetZoom');
    click(find(template, '打开…'));
    click(find(template, '使用说明'));
    click(find(template, '关于起草'));
    click(find(template, '1. 通报.qicao.json'));
    click(find(template, '清除列表'));
    expect(actions.openFile).toHaveBeenCalled();
    expect(actions.showGuide).toHaveBeenCalled();
    expect(actions.showAbout).toHaveBeenCalled();
    expect(actions.openRecent).toHaveBeenCalledWith('D:\\公文\\通报.qicao.json');
    expect(actions.clearRecent).toHaveBeenCalled();
  });

  it('shows an empty recent list as disabled, and developer tools only in development', () => {
    const { template } = setup('linux', []);
    expect(find(template, '（无）').enabled).toBe(false);
    expect(findOrNull(template, '开发者工具')).toBeNull();
    const dev = buildMenuTemplate({ platform: 'linux', recent: [], devTools: true, actions: setup().actions });
    expect(find(dev, '开发者工具').role).toBe('toggleDevTools');
  });

  it('escapes & in recent file names so it is not read as a mnemonic', () => {
    const { template } = setup('linux', [{ path: '/a/A&B.txt', name: 'A&B.txt' }]);
    expect(findOrNull(template, '1. A&&B.txt')).not.toBeNull();
  });
});
