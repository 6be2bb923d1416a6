// Text bytes → string with the encoding detected (UTF-8 ± BOM, GB18030/GBK, UTF-16 LE/BE), never silently garbled.
import { NoticeReadError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
}

/** Share of characters that belong in a Chinese notice: ASCII text, common Han, CJK and general punctuation. */
export function textScore(s: string): number {
  const sample = s.length > 200_000 ? s.slice(0, 200_000) : s;
  if (sample.length === 0) return 0;
  let good = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good++;
    else if (c >= 0x4e00 && c <= 0x9fff) good++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) good++;
    else if (c === 0xa0 || c === 0xb7 || c === 0xd7 || c === 0x2022 || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x30a0 && c <= 0x30ff)) good++;
  }
  return good / sample.length;
}

/**
 * Share of characters that may stand in any text: everything but control characters (other than line breaks and
 * tabs), the replacement character and private-use code points. Valid UTF-8 is refused only when this is low, so
 * Traditional characters, pinyin with tone marks ("根據(jù)") or any other script never make a text "unreadable".
 */
export function plainTextScore(s: string): number {
  const sample = s.length > 200_000 ? s.slice(0, 200_000) : s;
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return 1 - bad / sample.length;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: ASCII characters leave zero bytes on one side of each pair. */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const zeros = even + odd;
  if (zeros < n / 200) return null;
  if (odd > zeros * 0.9) return 'utf-16le';
  if (even > zeros * 0.9) return 'utf-16be';
  return null;
}

const TEXT_MIN_SCORE = 0.95;

export function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const zeros = utf16ByZeros(bytes);
  if (zeros) {
    const text = tryDecode(zeros, bytes);
    if (text !== null && plainTextScore(text) >= TEXT_MIN_SCORE) return { text, encoding: zeros };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null && plainTextScore(utf8) >= TEXT_MIN_SCORE) return { text: utf8, encoding: 'utf-8' };
  // GB18030 decodes most byte soups: it must also read mostly as Chinese text.
  const gb = utf8 === null ? tryDecode('gb18030', bytes) : null;
  if (gb !== null && plainTextScore(gb) >= TEXT_MIN_SCORE && textScore(gb) >= 0.8) return { text: gb, encoding: 'gb18030' };
  // UTF-16 with no ASCII at all has no zero bytes: try both orders and keep one that reads as Chinese text.
  if (bytes.length % 2 === 0) {
    for (const label of ['utf-16le', 'utf-16be'] as const) {
      const t = tryDecode(label, bytes);
      if (t !== null && textScore(t) >= 0.98) return { text: t, encoding: label };
    }
  }
  throw new NoticeReadError(
    `“${name}”不是可识别的文本文件：既不是 UTF-8，也不是 GB18030/GBK 或 UTF-16 编码的文字。请确认选择的是通报的文本（.txt）或 Word 文档（.docx）。`,
    'binary',
  );
}
