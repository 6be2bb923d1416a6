// Character-level fixes before any parsing: line breaks, invisible characters, look-alikes of 一, full-width ASCII.

import { ideographForRadical } from '../../unicode/radicals';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;

/** Normalises line endings and removes characters that never carry meaning in a notice. */
export function normaliseInvisible(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines in text pasted from Word
    .replace(/[\u2028\u2029\u0085\u000b\u000c]/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/g, ' ')
    .replace(/\t/g, ' ');
}

/**
 * Characters typed or OCR'd in place of a Han character: the katakana prolonged sound mark 'ー' for 一 ("下ー步"),
 * the bopomofo 'ㄧ', the stroke '㇐', radicals (text copied from a PDF: ⽇ for 日, ⻓ for 长 — unicode/radicals.ts) and
 * compatibility ideographs (NFKC maps those to the usual ideograph; NFKC is not applied to the whole text because it
 * would turn full-width punctuation half-width).
 */
export function normaliseLookalikes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\u30fc' || c === '\u3127' || c === '\u31d0') {
      const prev = text[i - 1] ?? '';
      const next = text[i + 1] ?? '';
      const nearHan = HAN.test(prev) || HAN.test(next) || /[“”"（(]/.test(prev);
      const nearKana = (KANA.test(prev) && prev !== '\u30fc') || (KANA.test(next) && next !== '\u30fc');
      out += nearHan && !nearKana ? '一' : c;
    } else if (c >= '\u2e80' && c <= '\u2fdf') {
      out += ideographForRadical(c) ?? c;
    } else if (c >= '\uf900' && c <= '\ufaff') {
      out += c.normalize('NFKC');
    } else out += c;
  }
  return out;
}

/** Full-width digits and Latin letters (and ＠ ％ ．between digits) become ASCII, as GB/T 15835 writes them. */
export function normaliseFullWidthAscii(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d)\uff0e(?=\d)/g, '$1.')
    .replace(/^(\s*\d{1,2})\uff0e/gm, '$1.');
}
