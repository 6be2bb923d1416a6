// GB/T 15834-2011 §4.11: the 省略号 is two “…” (six dots, two 字 wide); "..." "。。。" or a single … are wrong.
import type { Rule } from '../types';
import { matches } from './scan';

export const punctEllipsis: Rule = {
  id: 'punct.ellipsis',
  severity: 'error',
  name: '省略号',
  text: (u, report) => {
    if (!/\.\.\.|。。。|…|···|．．．/.test(u.text)) return;
    for (const m of matches(/\.{3,}|。{3,}|…+|·{3,}|．{3,}/g, u.text)) {
      if (m[0] === '……') continue;
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `省略号应为“……”（两个“…”，GB/T 15834），此处为“${m[0]}”。`,
        fix: { label: '改为“……”', replacement: '……' },
      });
    }
  },
};
