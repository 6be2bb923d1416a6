// The Electron FilePort (native dialogs faked): Chinese dialogs, extensions, atomic writes, recent files, errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDialogFilePort, readChosenFile } from '../../../electron/files/dialog-port';
import { safeFileName, withExtension } from '../../../electron/files/file-names';
import { fileOpenEvent } from '../../../electron/files/open-path';
import { validateHostEvent } from '../../../core/common/api/host-events';

const docx = [{ name: 'Word 文档', extensions: ['docx'] }];

function fakeDialog(answer: { save?: string | null; open?: string | null }) {
  return {
    showSaveDialog: vi.fn(async (..._a: unknown[]) => (answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async (..._a: unknown[]) => (answer.open ? { canceled: false, filePaths: [answer.open] } : { canceled: true, filePaths: [] })),
  };
}

describe('file names', () => {
  it('makes a draft title a safe file name', () => {
    expect(safeFileName('关于2025年巡察整改进展情况的通报')).toBe('关于2025年巡察整改进展情况的通报');
    expect(safeFileName('a/b\\c:d*e?"f"<g>|h')).toBe('a b c d e f g h');
    expect(safeFileName('  通报. ')).toBe('通报');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('')).toBe('未命名');
    expect(safeFileName('长'.repeat(300))).toHaveLength(120);
  });

  it('adds the filter extension GTK leaves out', () => {
    expect(withExtension('/home/a/通报', docx)).toBe('/home/a/通报.docx');
    expect(withExtension('/home/a/通报.DOCX', docx)).toBe('/home/a/通报.DOCX');
    expect(withExtension('/home/a/x', [{ name: '全部', extensions: ['*'] }])).toBe('/home/a/x');
  });
});

describe('dialog FilePort', () => {
  it('saves atomically where the clerk chose, remembers the folder and the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-save-'));
    const dialog = fakeDialog({ save: join(dir, '通报') });
    const onFile = vi.fn();
    const port = createDialogFilePort({ dialog: dialog as never, parent: () => null, defaultDir: '/home/clerk/文档', onFile });
    const r = await port.saveAs({ suggestedName: '通报:2025', filters: docx, data: new TextEncoder().encode('PK') });
    expect(r).toEqual({ kind: 'saved', path: join(dir, '通报.docx') });
    expect(readFileSync(join(dir, '通报.docx'), 'utf8')).toBe('PK');
    expect(onFile).toHaveBeenCalledWith(join(dir, '通报.docx'));
    const opts = dialog.showSaveDialog.mock.calls[0]![0] as { defaultPath: string; title: string; properties: string[] };
    expect(opts.defaultPath).toBe(join('/home/clerk/文档', '通报 2025'));
    expect(opts.title).toBe('保存');
    expect(opts.properties).toContain('showOverwriteConfirmation');
    await port.saveAs({ suggestedName: '二', filters: docx, data: new Uint8Array() });
    expect((dialog.showSaveDialog.mock.calls[1]![0] as { defaultPath: string }).defaultPath).toBe(join(dir, '二'));
  });

  it('is modal to the main window when there is one', async () => {
    const dialog = fakeDialog({ save: null });
    const win = { id: 1 };
    const port = createDialogFilePort({ dialog: dialog as never, parent: () => win as never, defaultDir: '/d' });
    expect(await port.saveAs({ suggestedName: 'x', filters: docx, data: new Uint8Array() })).toEqual({ kind: 'cancelled' });
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toBe(win);
  });

  it('reports a failed write in Chinese and does not record the file', async () => {
    const dialog = fakeDialog({ save: '/nonexistent-dir/通报.docx' });
    const onFile = vi.fn();
    const port = createDialogFilePort({ dialog: dialog as never, parent: () => null, defaultDir: '/d', onFile });
    await expect(port.saveAs({ suggestedName: 'x', filters: docx, data: new Uint8Array([1]) })).rejects.toThrow(/文件夹“\/nonexistent-dir”不存在/);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('opens the chosen file, or nothing when cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-open-'));
    const file = join(dir, '反馈.txt');
    writeFileSync(file, '巡察反馈意见');
    const onFile = vi.fn();
    const port = createDialogFilePort({ dialog: fakeDialog({ open: file }) as never, parent: () => null, defaultDir: dir, onFile });
    const r = await port.openFile({ filters: [{ name: '文本', extensions: ['txt'] }] });
    expect(new TextDecoder().decode(r!.data)).toBe('巡察反馈意见');
    expect(onFile).toHaveBeenCalledWith(file);
    const none = createDialogFilePort({ dialog: fakeDialog({ open: null }) as never, parent: () => null, defaultDir: dir });
    expect(await none.openFile({ filters: [] })).toBeNull();
  });

  it('refuses huge files, folders and missing files with Chinese messages', () => {
    expect(() => readChosenFile('/x.txt', () => new Uint8Array(), () => 21 * 1024 * 1024)).toThrow(/超过 20 MB/);
    expect(() => readChosenFile('/nope.txt')).toThrow(/不存在/);
    expect(() => readChosenFile(tmpdir())).toThrow(/文件夹/);
  });
});

describe('file.open events', () => {
  it('names the kind from the extension and validates as a host event', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-ev-'));
    const p = join(dir, '2024 通报.qicao.json');
    writeFileSync(p, '{"format":"qicao-draft"}');
    const ev = fileOpenEvent(p);
    expect(ev).toMatchObject({ path: p, name: '2024 通报.qicao.json', kind: 'draft' });
    expect(Buffer.from(ev.base64, 'base64').toString('utf8')).toBe('{"format":"qicao-draft"}');
    expect(() => validateHostEvent('file.open', ev)).not.toThrow();
    expect(() => fileOpenEvent(join(dir, 'virus.exe'))).toThrow(/只支持起草文稿/);
  });
});
