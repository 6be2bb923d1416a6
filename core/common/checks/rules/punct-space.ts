// Chinese text has no spaces between 汉字, marks or numbers; a stray space (often from copying a web page or an
// English keyboard) prints as a gap in the 公文 and breaks the 28-字 grid.
import { isChineseContext } from '../chars';
import type { Rule } from '../types';
import { matches } from './scan';

export const punctSpace: Rule = {
  id: 'punct.space',
  severity: 'warning',
  name: '多余空格',
  text: (u, report) => {
    if (u.kind === 'field') return;
    for (const m of matches(/[ \u3000\u00a0]+/g, u.text)) {
      // A slogan quoted with spaces between its parts (“抓党建 强管理 促发展”) is written that way on purpose.
      if (insideQuotes(u.text, m.index)) continue;
      const a = u.text[m.index - 1];
      const b = u.text[m.index + m[0].length];
      if (a === undefined || b === undefined) continue;
      // ", 大力" is reported (and fixed) with the half-width comma.
      if (',.;:?!'.includes(a)) continue;
      const left = isChineseContext(a);
      const right = isChineseContext(b);
      if (!(left && right) && !(left && /[0-9]/.test(b)) && !(right && /[0-9]/.test(a))) continue;
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: '汉字、标点之间有多余的空格。',
        fix: { label: '删除空格', replacement: '' },
      });
    }
  },
};

function insideQuotes(t: string, i: number): boolean {
  let depth = 0;
  for (let j = 0; j < i; j++) {
    if (t[j] === '“') depth++;
    else if (t[j] === '”' && depth > 0) depth--;
  }
  return depth > 0;
}
