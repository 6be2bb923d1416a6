// GB/T 15835-2011 §4.1 and §5.2.1: one date is written in one form — 2008年8月8日 or 二〇〇八年八月八日, never
// 二〇〇八年8月8日; a 公文 writes Gregorian dates in Arabic numerals (GB/T 9704 7.3.5.4).
import type { Rule } from '../types';
import { matches } from './scan';

const CN_DIGITS = '〇○零一二三四五六七八九';
const DATE = new RegExp(
  `((?:19|20)[0-9]{2}|[${CN_DIGITS}]{4})年((?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])月(?:((?:3[01]|[12][0-9]|0?[1-9])|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?`,
  'g',
);

const V: Record<string, number> = { '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnSmall(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const [a, b] = s.split('十');
  if (b === undefined) return V[a!]!;
  return (a ? V[a]! : 1) * 10 + (b ? V[b]! : 0);
}

const isArabic = (s: string): boolean => /^[0-9]+$/.test(s);

export const numbersDateForms: Rule = {
  id: 'numbers.date-forms',
  severity: 'error',
  name: '日期数字形式',
  text: (u, report) => {
    if (!u.text.includes('年')) return;
    for (const m of matches(DATE, u.text)) {
      const parts = [m[1]!, m[2]!, ...(m[3] ? [m[3]] : [])];
      const arabic = parts.map(isArabic);
      if (arabic.every(Boolean)) continue;
      const year = isArabic(parts[0]!) ? parts[0]! : [...parts[0]!].map((c) => V[c]).join('');
      const right = `${year}年${cnSmall(parts[1]!)}月${parts[2] ? `${cnSmall(parts[2])}日` : ''}`;
      const mixed = arabic.some(Boolean);
      report({
        unit: u, start: m.index, end: m.index + m[0].length, severity: mixed ? 'error' : 'warning',
        message: mixed
          ? `同一日期中汉字数字与阿拉伯数字混用（GB/T 15835）：“${m[0]}”应为“${right}”。`
          : `公文中的公历日期用阿拉伯数字（GB/T 15835、GB/T 9704）：“${m[0]}”宜为“${right}”。`,
        fix: { label: `改为“${right}”`, replacement: right },
      });
    }
  },
};
