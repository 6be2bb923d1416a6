// Bounds on a zip (.docx/.xlsx) before any library unpacks it: entry count and declared sizes from the central
// directory, then every entry inflated with a hard output cap, so a 1 MB file that claims (or hides) a gigabyte of
// XML is refused in milliseconds with bounded memory instead of being expanded by the parser.
import { inflateRawSync } from 'node:zlib';
import { NoticeReadError } from './errors';

export const ZIP_LIMITS = {
  entries: 5_000,
  /** Any one part; a real notice's document.xml is well under 5 MB, an embedded photo a few MB. */
  entryBytes: 32 * 1024 * 1024,
  /** All parts together. */
  totalBytes: 128 * 1024 * 1024,
};

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

function tooLarge(name: string, what: string): NoticeReadError {
  return new NoticeReadError(`“${name}”解压后过大（${what}），不像是一份通报，可能已损坏或是恶意文件，未导入。`, 'too-large');
}
function damaged(name: string, what: string): NoticeReadError {
  return new NoticeReadError(`无法读取“${name}”：文件已损坏（${what}），或不是 Word 文档。`, 'bad-docx');
}

function centralDirectory(buf: Buffer, name: string): Entry[] {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(name, '找不到压缩包目录');
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw tooLarge(name, 'ZIP64 压缩包');
  if (count > ZIP_LIMITS.entries) throw tooLarge(name, `${count} 个部件`);
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN) throw damaged(name, '压缩包目录不完整');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Throws NoticeReadError ('too-large' or 'bad-docx') unless every part unpacks within ZIP_LIMITS. */
export function assertZipWithinLimits(bytes: Uint8Array, name: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf, name);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > ZIP_LIMITS.entryBytes) throw tooLarge(name, `部件“${e.name.slice(0, 60)}”有 ${mb(e.size)} MB`);
    if (declared > ZIP_LIMITS.totalBytes) throw tooLarge(name, `合计超过 ${mb(ZIP_LIMITS.totalBytes)} MB`);
  }
  // The declared sizes may lie: inflate each part with a hard cap and compare.
  let actual = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue;
    const lo = e.localOffset;
    if (lo + 30 > buf.length || buf.readUInt32LE(lo) !== LOC) throw damaged(name, '部件头不完整');
    const start = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
    const data = buf.subarray(start, start + e.compressed);
    if (data.length !== e.compressed) throw damaged(name, '部件被截断');
    let out: number;
    if (e.method === 0) out = data.length;
    else if (e.method === 8) {
      // One byte past the declared size is enough to catch a part that lies about it.
      const cap = Math.min(e.size + 1, ZIP_LIMITS.entryBytes, ZIP_LIMITS.totalBytes - actual);
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(name, `部件“${e.name.slice(0, 60)}”实际解压后比声明的大`);
        throw damaged(name, '部件无法解压');
      }
    } else throw damaged(name, `不支持的压缩方式 ${e.method}`);
    if (out !== e.size) throw damaged(name, `部件“${e.name.slice(0, 60)}”的实际大小与声明不符`);
    actual += out;
  }
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
