// GB/T 9704 §7.3.3 and GB/T 15834 §4.5.3.3: typed ordinals take 一、 （一） 1. （1） — a 顿号 after a bare Chinese
// numeral, nothing after a bracketed one, a 下脚点 after an Arabic one; "一，" "（一）、" "1、" "(1)" are wrong.
import type { Rule } from '../types';
import { atClauseStart, matches } from './scan';

const CN = '[一二三四五六七八九十]{1,3}';

interface Form {
  re: RegExp;
  severity?: 'error' | 'warning';
  right: (n: string) => string;
}

const FORMS: Form[] = [
  // 一， 一. 一． 一: — but not 一是/一把手, which never match the mark.
  { re: new RegExp(`(${CN})[，,.．:：](?![0-9])`, 'y'), right: (n) => `${n}、` },
  { re: new RegExp(`[（(](${CN})[）)][、，,.．]`, 'y'), right: (n) => `（${n}）` },
  { re: new RegExp(`(?:\\((${CN})\\)|（(${CN})\\)|\\((${CN})）)`, 'y'), right: (n) => `（${n}）` },
  { re: /([0-9]{1,2})[、，,](?=[\u4e00-\u9fff“《])/y, right: (n) => `${n}.` },
  { re: /([0-9]{1,2})．(?=[\u4e00-\u9fff“《])/y, severity: 'warning', right: (n) => `${n}.` },
  { re: /[（(]([0-9]{1,2})[）)][、，,.．]/y, right: (n) => `（${n}）` },
  { re: /(?:\(([0-9]{1,2})\)|（([0-9]{1,2})\)|\(([0-9]{1,2})）)/y, right: (n) => `（${n}）` },
];

export const punctOrdinal: Rule = {
  id: 'punct.ordinal-form',
  severity: 'error',
  name: '序号标点',
  text: (u, report, ctx) => {
    if (u.kind === 'field') return;
    const t = u.text;
    const computed = ctx.numbering?.has(u.location.itemId ?? u.location.measureId ?? u.location.blockId ?? '') ?? false;
    for (const m of matches(/[一二三四五六七八九十0-9（(]/g, t)) {
      const i = m.index;
      if (i > 0 && !isHeadOfNumber(t, i)) continue;
      // At the very start of a block that prints a computed ordinal, structure.typed-ordinal reports it.
      if (i === 0 && computed) continue;
      if (!atClauseStart(t, i)) continue;
      for (const f of FORMS) {
        f.re.lastIndex = i;
        const fm = f.re.exec(t);
        if (!fm) continue;
        const n = fm[1] ?? fm[2] ?? fm[3] ?? '';
        const right = f.right(n);
        report({
          unit: u, start: i, end: i + fm[0].length, severity: f.severity,
          message: `序号“${fm[0]}”写法不规范，应为“${right}”（GB/T 9704 层次序数，GB/T 15834）。`,
          fix: { label: `改为“${right}”`, replacement: right },
        });
        break;
      }
    }
  },
};

function isHeadOfNumber(t: string, i: number): boolean {
  const prev = t[i - 1]!;
  return !/[0-9一二三四五六七八九十]/.test(prev);
}
