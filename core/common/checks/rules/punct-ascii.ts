// GB/T 15834-2011 §3/§4: Chinese text takes full-width marks; a half-width , . ; : ? ! ( ) " ' beside 汉字 is an error.
import { isChineseContext, isHan } from '../chars';
import type { Rule, TextUnit } from '../types';
import { atClauseStart } from './scan';

const FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '．': '。' };

/** "(1)" / "(一)" at a clause start is a typed ordinal: punct.ordinal-form reports it as one finding. */
function ordinalParens(text: string): Set<number> {
  const skip = new Set<number>();
  for (const m of text.matchAll(/[(（]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]/g)) {
    if (atClauseStart(text, m.index) || /^[，、]$/.test(text[m.index - 1] ?? '')) {
      skip.add(m.index);
      skip.add(m.index + m[0].length - 1);
    }
  }
  return skip;
}

function parenPairs(text: string): Map<number, number> {
  const pair = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') stack.push(i);
    else if ((c === ')' || c === '）') && stack.length) {
      const o = stack.pop()!;
      pair.set(o, i);
      pair.set(i, o);
    }
  }
  return pair;
}

const near = (t: string, i: number): boolean => isChineseContext(t[i - 1]) || isChineseContext(t[i + 1]);

function check(u: TextUnit, report: Parameters<NonNullable<Rule['text']>>[1]): void {
  const t = u.text;
  if (!/[,.;:?!()"'．]/.test(t)) return;
  let pairs: Map<number, number> | null = null;
  let skip: Set<number> | null = null;
  const dq = [...t.matchAll(/"/g)].map((m) => m.index);
  const sq = [...t.matchAll(/'/g)].map((m) => m.index);
  const sqAllChinese = sq.every((i) => near(t, i));
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c in FULL) {
      if (c === '.' || c === '．') {
        // 1. / 2.5 / ... are not sentence ends; an ellipsis has its own rule.
        if (t[i + 1] === '.' || t[i - 1] === '.' || /[0-9]/.test(t[i + 1] ?? '')) continue;
        // After a number or an address, a '.' that ends a Chinese paragraph is still its 句号.
        const endsChinese = i === t.trimEnd().length - 1 && /[\u4e00-\u9fff]/.test(t.slice(0, i));
        if (!isChineseContext(t[i - 1]) && !endsChinese) continue;
        if (c === '.' && /[A-Za-z]/.test(t[i + 1] ?? '')) continue;
      } else if (!near(t, i) && !(t[i + 1] === ' ' && isHan(t.slice(i + 1).trimStart()[0]))) continue;
      if (c === ':' && /[0-9]/.test(t[i - 1] ?? '') && /[0-9]/.test(t[i + 1] ?? '')) continue;
      // Swallow the spaces an English keyboard habit leaves after the mark ("成果, 大力").
      let end = i + 1;
      while (t[end] === ' ' && isChineseContext(t.slice(end).trimStart()[0])) end++;
      report({
        unit: u, start: i, end,
        message: `汉字之间应使用全角标点“${FULL[c]}”，不应使用半角“${c}”（GB/T 15834）。`,
        fix: { label: `改为“${FULL[c]}”`, replacement: FULL[c]! },
      });
    } else if (c === '(' || c === ')') {
      skip ??= ordinalParens(t);
      if (skip.has(i)) continue;
      pairs ??= parenPairs(t);
      const other = pairs.get(i);
      const chinese = near(t, i) || (other !== undefined && near(t, other));
      if (!chinese) continue;
      const full = c === '(' ? '（' : '）';
      report({
        unit: u, start: i, end: i + 1,
        message: `中文括号应使用全角“${full}”（GB/T 15834）。`,
        fix: { label: `改为“${full}”`, replacement: full },
      });
    } else if (c === '"' || c === "'") {
      if (!near(t, i)) continue;
      const list = c === '"' ? dq : sq;
      const k = list.indexOf(i);
      const canFix = list.length % 2 === 0 && (c === '"' || sqAllChinese);
      const full = c === '"' ? (k % 2 === 0 ? '“' : '”') : k % 2 === 0 ? '‘' : '’';
      report({
        unit: u, start: i, end: i + 1,
        message: `中文引号应使用全角“${c === '"' ? '“”' : '‘’'}”，不应使用半角 ${c}（GB/T 15834）。`,
        ...(canFix ? { fix: { label: `改为“${full}”`, replacement: full } } : {}),
      });
    }
  }
}

export const punctAscii: Rule = {
  id: 'punct.half-width',
  severity: 'error',
  name: '半角标点',
  text: (u, report) => {
    if (u.location.field === 'profile.phone') return;
    check(u, report);
  },
};
