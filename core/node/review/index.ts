// Reading the edited DOCX from disk for review: its bytes, the name shown to the clerk and its SHA-256, recorded
// with the accepted version so the signed file can be identified later.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ReviewError } from '../../common/review';

export interface EditedFile {
  bytes: Uint8Array;
  name: string;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readEditedFile(path: string): EditedFile {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReviewError('not-docx', code === 'ENOENT' ? `找不到文件“${path}”。` : `无法读取“${path}”（${code ?? '读取失败'}）。`);
  }
  if (/\.(doc|wps)$/i.test(name) && bytes[0] !== 0x50) {
    throw new ReviewError('legacy', `“${name}”是旧版 Word/WPS 文档（.doc/.wps），请在 Word/WPS 中另存为 .docx 后再导入修改稿。`);
  }
  return { bytes, name, sha256: sha256(bytes) };
}

/** The version label of an accepted review: 签发稿 or 修改稿, with the file it came from. */
export function acceptedLabel(kind: '签发稿' | '修改稿', file: { name: string; sha256: string }): string {
  return `${kind}（据“${file.name}”，SHA-256 ${file.sha256.slice(0, 12)}）`;
}
