// GB/T 15834-2011 §4.7.3.1 and §4.15.3.2: quotes nest as “…‘…’…”, titles as 《…〈…〉…》; the same mark inside itself
// is wrong.
import type { Rule } from '../types';

const INNER: Record<string, [string, string, string]> = {
  '“': ['”', '‘', '’'],
  '《': ['》', '〈', '〉'],
};

export const punctNesting: Rule = {
  id: 'punct.nesting',
  severity: 'warning',
  name: '引号书名号嵌套',
  text: (u, report) => {
    const t = u.text;
    for (const [open, [close, io, ic]] of Object.entries(INNER)) {
      if (!t.includes(open)) continue;
      let depth = 0;
      let innerStart = -1;
      for (let i = 0; i < t.length; i++) {
        if (t[i] === open) {
          depth++;
          if (depth === 2) innerStart = i;
        } else if (t[i] === close && depth > 0) {
          if (depth === 2 && innerStart >= 0) {
            const inner = t.slice(innerStart + 1, i);
            report({
              unit: u, start: innerStart, end: i + 1,
              message: `${open === '《' ? '书名号' : '引号'}内再用${open === '《' ? '书名号' : '引号'}时，里面一层应为“${io}${ic}”（GB/T 15834）。`,
              ...(inner.includes(open) || inner.includes(close) ? {} : { fix: { label: `改为“${io}…${ic}”`, replacement: `${io}${inner}${ic}` } }),
            });
            innerStart = -1;
          }
          depth--;
        }
      }
    }
  },
};
