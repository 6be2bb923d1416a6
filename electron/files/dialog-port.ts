// The Electron FilePort: native open/save dialogs in Chinese, atomic writes, and the chosen files fed to 最近打开.
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError } from '../../core/common/api/contract';
import { MAX_OPEN_FILE_BYTES } from '../../core/common/api/host-events';
import { writeFileAtomic } from '../../core/node/fs/atomic-write';
import type { FilePort, SaveOutcome } from '../../core/node/services/ports';
import { safeFileName, withExtension } from './file-names';

export interface DialogPortDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window the dialog belongs to (modal to it); null shows a free dialog. */
  parent: () => BrowserWindow | null;
  /** Where the first dialog opens (the clerk's Documents folder). */
  defaultDir: string;
  /** Told about every file saved or opened, for 最近打开. */
  onFile?: (path: string) => void;
  write?: (path: string, data: Uint8Array) => void;
  read?: (path: string) => Uint8Array;
  size?: (path: string) => number;
}

/** Reads a file the clerk chose, refusing what no notice could be (a folder, a huge file), with Chinese errors. */
export function readChosenFile(path: string, read: (p: string) => Uint8Array = readFileSync, size: (p: string) => number = (p) => statSync(p).size): Uint8Array {
  let bytes: number;
  try {
    bytes = size(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ApiError(code === 'ENOENT' ? 'not-found' : 'read-failed', code === 'ENOENT' ? `文件“${path}”不存在（可能已被移动或删除）。` : `无法读取文件“${path}”（${code ?? '未知错误'}）。`);
  }
  if (bytes > MAX_OPEN_FILE_BYTES) throw new ApiError('too-large', `文件“${path}”超过 20 MB，不是可以打开的文稿。`);
  try {
    return read(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new ApiError('read-failed', `“${path}”是一个文件夹，请选择文件。`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new ApiError('read-failed', `没有权限读取“${path}”，该文件可能正在 Word/WPS 中打开。`);
    throw new ApiError('read-failed', `无法读取文件“${path}”（${code ?? '未知错误'}）。`);
  }
}

export function createDialogFilePort(deps: DialogPortDeps): FilePort {
  const write = deps.write ?? writeFileAtomic;
  const read = deps.read ?? readFileSync;
  const size = deps.size ?? ((p: string) => statSync(p).size);
  let lastDir = deps.defaultDir;

  const parentArgs = <T>(options: T): [BrowserWindow, T] | [T] => {
    const win = deps.parent();
    return win ? [win, options] : [options];
  };

  return {
    async saveAs({ suggestedName, filters, data }): Promise<SaveOutcome> {
      const options: SaveDialogOptions = {
        title: '保存',
        buttonLabel: '保存',
        defaultPath: join(lastDir, safeFileName(suggestedName)),
        filters: filters.map((f) => ({ name: f.name, extensions: f.extensions })),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const r = await (deps.dialog.showSaveDialog as (...a: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>)(...parentArgs(options));
      if (r.canceled || !r.filePath) return { kind: 'cancelled' };
      const path = withExtension(r.filePath, filters);
      write(path, data);
      lastDir = dirname(path);
      deps.onFile?.(path);
      return { kind: 'saved', path };
    },

    async openFile({ filters }) {
      const options: OpenDialogOptions = {
        title: '打开',
        buttonLabel: '打开',
        defaultPath: lastDir,
        filters: [...filters.map((f) => ({ name: f.name, extensions: f.extensions })), { name: '所有文件', extensions: ['*'] }],
        properties: ['openFile'],
      };
      const r = await (deps.dialog.showOpenDialog as (...a: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>)(...parentArgs(options));
      const path = r.filePaths[0];
      if (r.canceled || !path) return null;
      const data = readChosenFile(path, read, size);
      lastDir = dirname(path);
      deps.onFile?.(path);
      return { path, data };
    },
  };
}
