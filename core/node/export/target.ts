// Checks an export target before any work: right extension, an existing folder, not a folder itself.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { FileWriteError } from '../fs/atomic-write';

/** Throws a FileWriteError with a Chinese message the clerk can act on. */
export function assertWritableTarget(path: string, ext: '.docx' | '.pdf' | '.xlsx'): void {
  if (extname(path).toLowerCase() !== ext) {
    throw new FileWriteError(`输出文件“${basename(path)}”的扩展名应为 ${ext}。`, 'EEXT');
  }
  const dir = dirname(path);
  if (!existsSync(dir)) throw new FileWriteError(`文件夹“${dir}”不存在，请先创建或换一个位置。`, 'ENOENT');
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new FileWriteError(`“${basename(path)}”是一个文件夹，不能作为输出文件。`, 'EISDIR');
  }
}
