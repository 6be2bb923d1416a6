// The entries of a zip package (.xlsx, .docx) read with Node's zlib: synchronous and small, which matters when twenty
// returned workbooks are read at once. No ZIP64 (a ledger is far below 4 GB), no encryption (reported as such).
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  constructor(message: string, readonly encrypted = false) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipReader {
  has(path: string): boolean;
  /** An entry as UTF-8 text; undefined when the package has no such entry. */
  text(path: string): string | undefined;
}

export function openZip(bytes: Uint8Array): ZipReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip package');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map<string, { method: number; size: number; offset: number; flags: number }>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipError('damaged central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    entries.set(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)), { method, size, offset, flags });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return {
    has: (path) => entries.has(path),
    text(path) {
      const e = entries.get(path);
      if (!e) return undefined;
      if (e.flags & 1) throw new ZipError('encrypted entry', true);
      if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) throw new ZipError('damaged entry');
      const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
      const data = bytes.subarray(start, start + e.size);
      if (e.method === 0) return decoder.decode(data);
      if (e.method !== 8) throw new ZipError(`compression method ${e.method}`);
      return decoder.decode(inflateRawSync(data));
    },
  };
}
