// Character classes shared by the rules (GB/T 15834 speaks of 汉字 and full-width marks).

/** CJK Unified Ideographs, Extension A and compatibility ideographs. */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Full-width Chinese punctuation (GB/T 15834 marks) — a neighbour that puts a mark in Chinese context. */
export function isCjkPunct(ch: string | undefined): boolean {
  if (!ch) return false;
  return '，。、；：？！“”‘’（）《》〈〉【】〔〕…—'.includes(ch);
}

export const isChineseContext = (ch: string | undefined): boolean => isHan(ch) || isCjkPunct(ch);

export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** A short excerpt around [start, end) for the findings list. */
export function excerptAround(text: string, start: number, end: number, radius = 12): string {
  const a = Math.max(0, start - radius);
  const b = Math.min(text.length, end + radius);
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
}

/** FNV-1a, 32 bit, base 36: short ids that survive reloads (ignores are stored by id). */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

// Counts as written (7, 五十八, 一百零二) are read in model/numerals.ts, shared with the stated-count reader.
export { parseCount } from '../model/numerals';

export function toChineseCount(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 100) return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${n % 10 ? d[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const head = `${d[Math.floor(n / 100)]}百`;
    if (rest === 0) return head;
    if (rest < 10) return `${head}零${d[rest]}`;
    return head + (rest < 20 ? `一${toChineseCount(rest)}` : toChineseCount(rest));
  }
  return String(n);
}
