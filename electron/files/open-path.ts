// Turns a path the host obtained (double-click, second start, drag and drop, 最近打开, 打开 dialog) into the
// `file.open` event the renderer imports from. The path never came from the renderer as an instruction to read.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../core/common/api/contract';
import { type HostEventPayload, openFileKind } from '../../core/common/api/host-events';
import { readChosenFile } from './dialog-port';

export const OPENABLE_FILTERS = [
  { name: '起草支持的文件', extensions: ['json', 'docx', 'txt'] },
  { name: '起草文稿（.qicao.json）', extensions: ['json'] },
  { name: 'Word 文档（.docx）', extensions: ['docx'] },
  { name: '文本文件（.txt）', extensions: ['txt'] },
];

export function fileOpenEvent(
  path: string,
  read: (p: string) => Uint8Array = readFileSync,
  size: (p: string) => number = (p) => statSync(p).size,
): HostEventPayload<'file.open'> {
  const name = basename(path.replace(/\\/g, '/'));
  const kind = openFileKind(name);
  if (!kind) throw new ApiError('unsupported-file', `起草不能打开“${name}”：只支持起草文稿（.qicao.json）、Word 文档（.docx）和文本文件（.txt）。`);
    const data = readChosenFile(path, read, size);
  return { path, name, kind, base64: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64') };
}
