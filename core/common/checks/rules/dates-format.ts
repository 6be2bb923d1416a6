// GB/T 9704 §7.3.5.4 and GB/T 15835 §5: dates are Arabic, year in full, no zero padding (2025年2月17日); "02月",
// "2025.2.17" and "2025-02-17" are not written in the text of a 公文.
import type { Rule } from '../types';
import { matches } from './scan';

const valid = (m: number, d?: number): boolean => m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));

export const datesFormat: Rule = {
  id: 'dates.format',
  severity: 'error',
  name: '日期写法',
  text: (u, report) => {
    const t = u.text;
    if (!/[0-9]/.test(t)) return;
    for (const m of matches(/(?<![0-9.\-/])((?:19|20)[0-9]{2})([.\-/])([0-9]{1,2})\2([0-9]{1,2})(?![0-9.\-/])/g, t)) {
      const mo = Number(m[3]);
      const d = Number(m[4]);
      if (!valid(mo, d)) continue;
      const right = `${m[1]}年${mo}月${d}日`;
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `公文正文中的日期应写作“${right}”，不用“${m[0]}”（GB/T 15835）。`,
        fix: { label: `改为“${right}”`, replacement: right },
      });
    }
    for (const m of matches(/(?<![0-9])0([1-9])(?=[月日])/g, t)) {
      report({
        unit: u, start: m.index, end: m.index + 2,
        message: `日期中的月、日不加“0”补位：应为“${m[1]}${t[m.index + 2]}”（GB/T 9704 7.3.5.4）。`,
        fix: { label: `改为“${m[1]}”`, replacement: m[1]! },
      });
    }
  },
};
