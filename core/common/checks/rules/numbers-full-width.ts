// GB/T 15835 writes Arabic numerals half-width (GB/T 9704 §7.5 says 半角 for page numbers too); "２０２５" is an IME slip.
import type { Rule } from '../types';
import { matches } from './scan';

export const numbersFullWidth: Rule = {
  id: 'numbers.full-width',
  severity: 'error',
  name: '全角数字',
  text: (u, report) => {
    for (const m of matches(/[０-９]+(?:[．.][０-９]+)?/g, u.text)) {
      const right = m[0].replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `阿拉伯数字应使用半角：“${m[0]}”应为“${right}”。`,
        fix: { label: `改为“${right}”`, replacement: right },
      });
    }
  },
};
