// GB/T 15834: one mark per pause; "，，" "。。" or "，。" are typing slips (an ellipsis is checked on its own).
import type { Rule } from '../types';
import { matches } from './scan';

export const punctRepeated: Rule = {
  id: 'punct.repeated',
  severity: 'error',
  name: '重复标点',
  text: (u, report) => {
    for (const m of matches(/([，、；：])\1+|。。(?!。)|[，、；：][。，、；：]|。[，、；：]/g, u.text)) {
      const keep = m[0].includes('。') ? '。' : m[0][m[0].length - 1]!;
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `标点重复：“${m[0]}”。`,
        fix: { label: `改为“${keep}”`, replacement: keep },
      });
    }
  },
};
