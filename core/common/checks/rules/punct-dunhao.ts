// GB/T 15834-2011 §4.5.3.5: parallel items each marked with 引号 or 书名号 take no 顿号 between them
// (《A》《B》, “A”“B”) unless something such as a 括注 intervenes.
import type { Rule } from '../types';
import { matches } from './scan';

export const punctDunhao: Rule = {
  id: 'punct.dunhao-between-marked',
  severity: 'warning',
  name: '并列书名号引号间的顿号',
  text: (u, report) => {
    if (!u.text.includes('、')) return;
    for (const m of matches(/》、《|”、“/g, u.text)) {
      const title = m[0] === '》、《';
      report({
        unit: u, start: m.index + 1, end: m.index + 2,
        message: `并列的${title ? '书名号' : '引号'}之间通常不用顿号（GB/T 15834），如“${title ? '《A》《B》' : '“A”“B”'}”。`,
        fix: { label: '删除顿号', replacement: '' },
      });
    }
  },
};
