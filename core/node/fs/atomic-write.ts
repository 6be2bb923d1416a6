// Atomic file writes (temporary file + fsync + rename) with errors a clerk can act on, in Chinese.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileWriteError extends Error {
  constructor(message: string, readonly code: string | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileWriteError';
  }
}

/** Explains an fs error code for the clerk; `target` is the file the clerk chose. */
export function explainFsError(code: string | undefined, target: string): string {
  const name = basename(target);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `磁盘空间已满，无法保存“${name}”。请清理磁盘或换一个位置保存。`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限写入“${name}”。该文件可能正在 Word/WPS 中打开，或所在文件夹是只读的。请关闭文件或换一个位置后重试。`;
    case 'EBUSY':
      return `“${name}”正被其他程序占用（可能在 Word/WPS 中打开），请关闭后重试。`;
    case 'EROFS':
      return `“${dirname(target)}”所在磁盘是只读的，请换一个位置保存。`;
    case 'ENOENT':
      return `文件夹“${dirname(target)}”不存在。`;
    case 'EISDIR':
      return `“${name}”是一个文件夹，不能作为输出文件。`;
    default:
      return `无法写入“${name}”（${code ?? '未知错误'}）。`;
  }
}

/** Writes `data` to `target` so that the target is either the old file or the complete new one, never half. */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileWriteError(explainFsError(code, target), code, { cause: e });
  }
}
