// Reads a notice file for import: .txt in any of the encodings clerks meet, .docx, or a saved .html page.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { stripUnprintable } from '../../common/api/draft-schema';
import { decodeText } from './decode';
import { isZip, readDocx } from './docx';
import { NoticeReadError } from './errors';
import { htmlToText } from './html';

export { NoticeReadError } from './errors';
export type { NoticeReadErrorCode } from './errors';

/** A notice is tens of kilobytes; anything past this is not one (and would only slow the clerk's machine). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

export interface NoticeFile {
  text: string;
  /** utf-8, utf-8-bom, gb18030, utf-16le, utf-16be, or docx. */
  encoding: string;
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

async function readBytes(path: string, limit: number, name: string, shown: string): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new NoticeReadError(`“${shown}”是一个文件夹，请选择通报文件。`, 'unreadable');
    size = s.size;
  } catch (e) {
    if (e instanceof NoticeReadError) throw e;
    throw fsError(e, shown);
  }
  if (size === 0) throw new NoticeReadError(`“${name}”是空文件，没有可导入的内容。`, 'empty');
  if (size > limit) {
    throw new NoticeReadError(`“${name}”有 ${mb(size)} MB，远超一份通报的大小（上限 ${mb(limit)} MB），请确认选择了正确的文件。`, 'too-large');
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw fsError(e, shown);
  }
}

function fsError(e: unknown, path: string): NoticeReadError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new NoticeReadError(`找不到文件“${path}”。`, 'missing', { cause: e });
  if (code === 'EACCES' || code === 'EPERM') return new NoticeReadError(`没有权限读取“${path}”。`, 'unreadable', { cause: e });
  if (code === 'EISDIR') return new NoticeReadError(`“${path}”是一个文件夹，请选择通报文件。`, 'unreadable', { cause: e });
  return new NoticeReadError(`无法读取“${path}”（${code ?? String(e)}）。`, 'unreadable', { cause: e });
}

function checkText(text: string, name: string): string {
  if (text.replace(/[\s\u3000\ufeff]/g, '') === '') throw new NoticeReadError(`“${name}”没有文字内容。`, 'empty');
  if (text.length > MAX_TEXT_BYTES) {
    throw new NoticeReadError(`“${name}”的文字超过 ${mb(MAX_TEXT_BYTES)} MB，远超一份通报的篇幅，请确认选择了正确的文件。`, 'too-large');
  }
  return stripUnprintable(text);
}

/**
 * `opts.name` is the name the clerk knows the file by, when `path` is a host's private temp copy: messages then
 * name that, never the temp path.
 */
export async function readNoticeFile(path: string, opts: { name?: string } = {}): Promise<NoticeFile> {
  const name = opts.name ?? basename(path);
  const shown = opts.name ?? path;
  const ext = extname(path).toLowerCase();
  if (ext === '.doc' || ext === '.wps' || ext === '.pdf' || ext === '.xls' || ext === '.xlsx') {
    const hint = ext === '.pdf' ? '请在 PDF 阅读器中复制全文，粘贴为 .txt 后导入' : '请在 Word 或 WPS 中另存为 .docx 后导入';
    throw new NoticeReadError(`暂不支持导入 ${ext} 文件“${name}”，${hint}。`, ext === '.doc' ? 'old-doc' : 'unsupported');
  }
  if (ext === '.docx') {
    const bytes = await readBytes(path, MAX_DOCX_BYTES, name, shown);
    return { text: checkText(await readDocx(bytes, name), name), encoding: 'docx' };
  }
  const bytes = await readBytes(path, ext === '' || ext === '.txt' || ext === '.text' ? MAX_TEXT_BYTES : MAX_DOCX_BYTES, name, shown);
  // A Word document saved without its extension still opens.
  if (isZip(bytes)) return { text: checkText(await readDocx(bytes, name), name), encoding: 'docx' };
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new NoticeReadError(`“${name}”有 ${mb(bytes.length)} MB，远超一份通报的大小（上限 ${mb(MAX_TEXT_BYTES)} MB），请确认选择了正确的文件。`, 'too-large');
  }
  const decoded = decodeText(bytes, name);
  const text = ext === '.html' || ext === '.htm' ? htmlToText(decoded.text) : decoded.text;
  return { text: checkText(text, name), encoding: decoded.encoding };
}
