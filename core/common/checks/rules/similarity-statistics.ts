// 雷同 in figures: a statistic (a number with its unit) that reads exactly as in last year's matching paragraph was
// probably not updated ("解决各类纠纷诉求357件" two years running).
import type { Rule } from '../types';
import { matches } from './scan';
import { comparableUnits, previousIndex } from './similarity-paragraph';

const STAT = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(件|宗|人次|场次|次|名|人|场|个|项|篇|份|%|％|万元|亿元|元|户|家|条|期|批|小时|天)/g;
/** Standing rules ("每2周召开1次", "至少1次") keep their numbers on purpose. */
const RULE_WORDS = /每|至少|不少于|不低于|不超过|以上|以内/;
const RELATED = 0.5;

export const similarityStatistics: Rule = {
  id: 'similarity.statistics',
  severity: 'warning',
  name: '统计数据未更新',
  draft: ({ units, previous }, report) => {
    if (!previous) return;
    const prev = previousIndex(previous);
    for (const u of comparableUnits(units)) {
      if (!/[0-9]/.test(u.text)) continue;
      const best = prev.index.best(u.text, RELATED);
      if (!best) continue;
      const old = prev.units[best.index]!.text;
      // An identical paragraph is reported once, by similarity.paragraph.
      if (old === u.text) continue;
      for (const m of matches(STAT, u.text)) {
        const value = Number(m[1]);
        if (value <= 2 || (value === 100 && /[%％]/.test(m[2]!))) continue;
        const before = u.text.slice(Math.max(0, m.index - 6), m.index);
        if (RULE_WORDS.test(before)) continue;
        const context = before.slice(-4);
        if (!old.includes(context + m[0])) continue;
        report({
          unit: u, start: m.index, end: m.index + m[0].length,
          message: `统计数据“${context}${m[0]}”与上年稿相同，请核实是否已更新为本年度数据。`,
          excerpt: old.slice(Math.max(0, old.indexOf(context + m[0]) - 12), old.indexOf(context + m[0]) + context.length + m[0].length + 12),
        });
      }
    }
  },
};

