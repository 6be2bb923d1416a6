// Word .docx → text with one paragraph a line, via mammoth; renamed or damaged files get a clear message.
import { NoticeReadError } from './errors';
import { assertZipWithinLimits } from './zip-guard';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((v, i) => b[i] === v);

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

export async function readDocx(bytes: Uint8Array, name: string): Promise<string> {
  if (startsWith(bytes, OLE)) {
    throw new NoticeReadError(`“${name}”是旧版 Word 97-2003 文档（.doc），请在 Word 或 WPS 中“另存为” .docx 后再导入。`, 'old-doc');
  }
  if (!isZip(bytes)) {
    throw new NoticeReadError(`“${name}”不是有效的 Word 文档（.docx）：文件内容不是 Word 格式，可能是改了扩展名的其他文件。`, 'bad-docx');
  }
  assertZipWithinLimits(bytes, name); // before mammoth unpacks anything
  let value: string;
  // mammoth is loaded only for a .docx (0.1 s), never for a text notice.
  const { default: mammoth } = await import('mammoth');
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (e) {
    throw new NoticeReadError(`无法读取 Word 文档“${name}”：文件已损坏，或不是 .docx 格式。`, 'bad-docx', { cause: e });
  }
  // mammoth separates paragraphs with a blank line; one paragraph a line is what the importer reads.
  return value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n');
}
