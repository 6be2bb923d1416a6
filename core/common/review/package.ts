// Opens the file the leader sent back: recognises what it is before reading it (an encrypted Word file, a legacy
// .doc/.wps, a damaged zip, something else renamed .docx) and returns its parts. Pure: jszip runs in every host.
import JSZip from 'jszip';
import { type Comment, type DocParagraph, readComments, readCustomProperties, readDocumentXml } from './ooxml';
import { XmlError } from './xml';

export type ReviewErrorCode = 'encrypted' | 'legacy' | 'not-docx' | 'corrupt' | 'foreign' | 'other-draft';

/** Bad input, with the message the clerk reads. Nothing has changed when it is thrown. */
export class ReviewError extends Error {
  constructor(readonly code: ReviewErrorCode, message: string, readonly detail: { draftId?: string; title?: string } = {}) {
    super(message);
    this.name = 'ReviewError';
  }
}

export interface EditedDocx {
  paragraphs: DocParagraph[];
  comments: Comment[];
  properties: Record<string, string>;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: number[]) => b.length >= sig.length && sig.every((v, i) => b[i] === v);

/** UTF-16LE "EncryptedPackage": the stream Office puts a password-protected .docx in, inside an OLE file. */
function hasUtf16(b: Uint8Array, word: string): boolean {
  const pat = [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pat.length <= b.length; i++) {
    for (let j = 0; j < pat.length; j++) if (b[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array, name: string): void {
  if (startsWith(bytes, OLE)) {
    if (hasUtf16(bytes, 'EncryptedPackage')) {
      throw new ReviewError('encrypted', `“${name}”设有打开密码（已加密），起草无法读取。请在 Word/WPS 中取消密码后另存为 .docx，再导入修改稿。`);
    }
    throw new ReviewError('legacy', `“${name}”是旧版 Word/WPS 文档（.doc/.wps），请在 Word/WPS 中另存为 .docx 后再导入修改稿。`);
  }
  if (!startsWith(bytes, ZIP)) {
    throw new ReviewError('not-docx', `“${name}”不是 Word 文档（.docx）：文件内容不是 Word 格式，可能是改了扩展名的其他文件。`);
  }
}

export async function readEditedDocx(bytes: Uint8Array, name: string): Promise<EditedDocx> {
  sniff(bytes, name);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ReviewError('corrupt', `“${name}”已损坏，无法打开（压缩包不完整）。请让对方重新发送，或在 Word/WPS 中打开后另存一份再导入。`);
  }
  const part = async (path: string) => {
    const f = zip.file(path);
    if (!f) return null;
    try {
      return await f.async('string');
    } catch {
      throw new ReviewError('corrupt', `“${name}”已损坏：其中的 ${path} 无法读取。请在 Word/WPS 中打开后另存一份再导入。`);
    }
  };
  const doc = await part('word/document.xml');
  if (doc === null) throw new ReviewError('not-docx', `“${name}”不是 Word 文档（.docx）：缺少正文部分 word/document.xml。`);
  try {
    return {
      paragraphs: readDocumentXml(doc),
      comments: readComments(await part('word/comments.xml'), await part('word/commentsExtended.xml')),
      properties: readCustomProperties(await part('docProps/custom.xml')),
    };
  } catch (e) {
    if (e instanceof XmlError) throw new ReviewError('corrupt', `“${name}”已损坏：正文的 XML 不完整（${e.message.slice(0, 80)}）。`);
    throw e;
  }
}
