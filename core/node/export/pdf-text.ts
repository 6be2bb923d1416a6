// The text a reader copies or searches in the published PDF. Chromium (Skia) writes each font's ToUnicode map from
// the font's cmap, where CJK fonts such as Noto CJK give one glyph both a unified ideograph and a Kangxi/CJK radical
// (日 U+65E5 and ⽇ U+2F47); Skia keeps the lower code point, so copying "日" from the PDF gives "⽇" and a search for
// 日 fails. Each radical in a ToUnicode map becomes the ideograph it stands for (common/unicode/radicals.ts); glyphs are
// untouched.
import { inflateSync } from 'node:zlib';
import { unifyRadicals } from '../../common/unicode/radicals';

const fromUtf16Hex = (hex: string): string =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
const toUtf16Hex = (text: string): string =>
  [...Array(text.length).keys()].map((i) => text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')).join('');

/**
 * Rewrites one ToUnicode CMap; returns undefined when it names no radical. Only bfchar entries (one per line, as
 * Skia writes them) are read; a bfrange maps consecutive codes and is left as written.
 */
export function unifyCMap(cmap: string): string | undefined {
  let changed = false;
  const out = cmap.replace(/(beginbfchar\s*\n)([\s\S]*?)(endbfchar)/g, (_m, open: string, body: string, close: string) => {
    const fixed = body.replace(/^(\s*<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]+)>/gm, (pair, src: string, dst: string) => {
      if (dst.length % 4 !== 0) return pair;
      const text = fromUtf16Hex(dst);
      const unified = unifyRadicals(text);
      if (unified === text) return pair;
      changed = true;
      return `${src}<${toUtf16Hex(unified)}>`;
    });
    return open + fixed + close;
  });
  return changed ? out : undefined;
}

/** The data of each FlateDecode stream object among `nums` with a direct /Length, as Skia writes them; one pass. */
function flateStreams(pdf: Buffer, text: string, nums: Set<number>): Map<number, Buffer> {
  const found = new Map<number, Buffer>();
  for (const head of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\s*<<([^>]*)>>\s*stream\r?\n/g)) {
    const num = Number(head[1]);
    if (!nums.has(num) || !/\/Filter\s*\/FlateDecode(?![A-Za-z])/.test(head[2]!)) continue;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(head[2]!);
    if (!length) continue;
    const start = head.index + head[0].length;
    found.set(num, pdf.subarray(start, start + Number(length[1])));
  }
  return found;
}

/**
 * The PDF with every ToUnicode map naming ideographs, not radicals; the bytes as they were when none does. The
 * corrected maps are appended as an incremental update (ISO 32000-1 7.5.6), so the rest of the file is untouched.
 * A PDF not laid out as Chromium writes it (a cross-reference stream, indirect lengths) is returned unchanged.
 */
export function unifyIdeographText(bytes: Uint8Array): Uint8Array {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = pdf.toString('latin1');
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(text);
  if (!trailer) return bytes;
  const size = /\/Size\s+(\d+)/.exec(trailer[1]!);
  if (!size) return bytes;
  const refs = new Set([...text.matchAll(/\/ToUnicode\s+(\d+)\s+0\s+R/g)].map((m) => Number(m[1])));
  const parts: Buffer[] = [];
  const offsets: [number, number][] = [];
  let at = pdf.length + 1;
  for (const [num, data] of flateStreams(pdf, text, refs)) {
    let cmap: string;
    try {
      cmap = inflateSync(data).toString('latin1');
    } catch {
      continue;
    }
    const fixed = unifyCMap(cmap);
    if (fixed === undefined) continue;
    // Stored uncompressed: a map is a few hundred bytes, and a zlib context per stream costs more than it saves.
    const body = Buffer.from(fixed, 'latin1');
    const obj = Buffer.concat([
      Buffer.from(`${num} 0 obj\n<</Length ${body.length}>> stream\n`, 'latin1'), body,
      Buffer.from('\nendstream\nendobj\n', 'latin1'),
    ]);
    offsets.push([num, at]);
    parts.push(obj);
    at += obj.length;
  }
  if (!parts.length) return bytes;
  const xref = ['xref', ...offsets.flatMap(([num, off]) => [`${num} 1`, `${String(off).padStart(10, '0')} 00000 n `])].join('\n');
  const keep = trailer[1]!.replace(/\/Prev\s+\d+/, '').trim();
  const tail = `${xref}\ntrailer\n<<${keep}\n/Prev ${trailer[2]}>>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from('\n', 'latin1'), ...parts, Buffer.from(tail, 'latin1')]);
}
