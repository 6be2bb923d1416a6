// Chinese numerals for ordinals (一…九十九) and their parsing; GB/T 15835 keeps 汉字 for 一、（一）一是.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 21 → 二十一, up to 99; larger numbers fall back to Arabic digits. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`序号必须是正整数：${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
  }
  return String(n);
}

const VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses 一…九十九 (and Arabic digits); returns null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? VALUE[a]! : null;
  return (a ? VALUE[a]! : 1) * 10 + (b ? VALUE[b]! : 0);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export function toCircled(n: number): string {
  return CIRCLED[n - 1] ?? `(${n})`;
}

const COUNT_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Arabic or Chinese numerals as counts are written (7, 58, 七, 五十八, 一百零二); null when not a number.
 * Broader than parseChineseNumeral above (ordinals): counts reach the hundreds.
 */
export function parseCount(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === '百' || ch === '十') {
      const unit = ch === '百' ? 100 : 10;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      if (digit >= 0 && COUNT_DIGIT[ch]! !== 0) return null;
      digit = COUNT_DIGIT[ch]!;
    }
  }
  return total + (digit > 0 ? digit : 0);
}
