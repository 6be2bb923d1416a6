// Zip bombs for the reader tests: a .docx whose word/document.xml inflates to 1 GB from about 1 MB, and an .xlsx
// of the same kind. Written by hand (local headers, central directory) so the declared sizes can be honest or lie.
// The 1 GB is deflated in 1 MB chunks, so building one never holds it in memory; files are cached per process.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync, createDeflateRaw } from 'node:zlib';

interface Part {
  name: string;
  data: Buffer; // deflated
  size: number;
  crc: number;
}

function smallPart(name: string, text: string): Part {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
}

/** `bytes` of XML-looking filler, deflated chunk by chunk. */
async function hugePart(name: string, bytes: number, head: string, tail: string): Promise<Part> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
  };
  const headBuf = Buffer.from(head);
  const tailBuf = Buffer.from(tail);
  await write(headBuf);
  const chunk = Buffer.alloc(1024 * 1024, ' ');
  let left = bytes - headBuf.length - tailBuf.length;
  while (left > 0) {
    const n = Math.min(left, chunk.length);
    await write(n === chunk.length ? chunk : chunk.subarray(0, n));
    left -= n;
  }
  await write(tailBuf);
  deflate.end();
  await done;
  return { name, data: Buffer.concat(out), size: bytes, crc };
}

/** A zip of `parts`; `lie` makes the huge part declare 1,000 bytes in both headers. */
function zip(parts: Part[], lie: boolean): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = lie && p.size > 1_000_000 ? 1000 : p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const GB = 1024 * 1024 * 1024;
const cache = new Map<string, string>();
const parts = new Map<string, Promise<Part>>();
let dir = '';

export type BombKind = 'docx' | 'docx-lying' | 'xlsx' | 'xlsx-as-docx';

/** The path of a cached bomb file of that kind (1 GB inside, about 1 MB on disk). */
export async function zipBomb(kind: BombKind, bytes = GB): Promise<string> {
  const key = `${kind}-${bytes}`;
  const hit = cache.get(key);
  if (hit && existsSync(hit)) return hit;
  dir ||= mkdtempSync(join(tmpdir(), 'qicao-bombs-'));
  const xlsx = kind.startsWith('xlsx');
  const types = smallPart('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const partKey = `${xlsx}-${bytes}`;
  if (!parts.has(partKey)) {
    parts.set(partKey, xlsx
      ? hugePart('xl/worksheets/sheet1.xml', bytes, '<worksheet><sheetData>', '</sheetData></worksheet>')
      : hugePart('word/document.xml', bytes, '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>', '</w:t></w:r></w:p></w:body></w:document>'));
  }
  const big = await parts.get(partKey)!;
  const file = join(dir, `bomb-${key}.${kind === 'xlsx' ? 'xlsx' : 'docx'}`);
  writeFileSync(file, zip([types, big], kind === 'docx-lying'));
  cache.set(key, file);
  return file;
}
