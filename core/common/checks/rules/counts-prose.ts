// Counts typed as plain numbers in prose ("7个方面58个具体问题", "71项整改措施", "完成率95%") must agree with the
// ledger (DESIGN.md §3); a matching one is better bound to the count so it follows later edits.
import { COUNT_LABEL } from '../../model/counts';
import type { CountKey } from '../../model/types';
import { parseCount, toChineseCount } from '../chars';
import type { Rule } from '../types';
import { groupStart, matches } from './scan';

const N = '([0-9]{1,4}|[一二两三四五六七八九十百零〇]{1,6})';

interface Phrase {
  key: CountKey;
  re: RegExp;
  /** The sentence must speak of the inspection feedback, or "三个方面" in a plan would be read as a count. */
  needsFeedback?: boolean;
}

const PHRASES: Phrase[] = [
  { key: 'aspects', re: new RegExp(`${N}个方面`, 'dg'), needsFeedback: true },
  { key: 'problems', re: new RegExp(`${N}(?:个|项|条)具体问题|(?<=方面)${N}(?:个|项|条)问题|(?:反馈|指出)(?:的|了)?${N}(?:个|项|条)问题|反馈问题${N}(?:个|项|条)`, 'dg'), needsFeedback: true },
  { key: 'measures', re: new RegExp(`${N}(?:项|条)整改措施|整改措施${N}(?:项|条)`, 'dg'), needsFeedback: true },
  { key: 'done', re: new RegExp(`已(?:全部)?(?:完成整改|整改完成|整改到位)(?:的问题)?${N}(?:个|项)|${N}(?:个|项)(?:问题)?(?:已|均已)(?:全部)?(?:完成整改|整改完成|整改到位)`, 'dg') },
  { key: 'mostlyDone', re: new RegExp(`基本完成(?:整改)?(?:的问题)?${N}(?:个|项)|${N}(?:个|项)(?:问题)?(?:已)?基本完成(?:整改)?`, 'dg') },
  { key: 'notDone', re: new RegExp(`(?:尚未|未)完成(?:整改)?(?:的问题)?${N}(?:个|项)|${N}(?:个|项)(?:问题)?(?:尚未|未)完成(?:整改)?`, 'dg') },
  { key: 'completionRate', re: /整改(?:完成率|完成比例)(?:为|达|达到|是)?([0-9]{1,3}(?:\.[0-9]+)?)[%％]/dg },
];

const FEEDBACK = /反馈|巡察|巡视|指出|交办/;

function sentenceAround(t: string, i: number): string {
  let a = i;
  while (a > 0 && !'。；！？'.includes(t[a - 1]!)) a--;
  let b = i;
  while (b < t.length && !'。；！？'.includes(t[b]!)) b++;
  return t.slice(a, b);
}

export const countsProse: Rule = {
  id: 'counts.prose',
  severity: 'error',
  name: '正文中的计数',
  draft: ({ draft, counts, units }, report) => {
    if (draft.docType !== 'rectification' || counts.problems === 0) return;
    for (const u of units) {
      if (u.kind === 'field' || !/[个项条%％]/.test(u.text)) continue;
      for (const ph of PHRASES) {
        for (const m of matches(ph.re, u.text)) {
          const g = m.slice(1).findIndex((x) => x !== undefined) + 1;
          if (g === 0) continue;
          const raw = m[g]!;
          const start = groupStart(m, g);
          if (ph.needsFeedback && !FEEDBACK.test(sentenceAround(u.text, m.index))) continue;
          const stated = ph.key === 'completionRate' ? Math.round(Number(raw)) : parseCount(raw);
          if (stated === null) continue;
          const actual = counts[ph.key];
          if (ph.key === 'aspects' && actual === 0) continue;
          const arabic = /^[0-9.]+$/.test(raw);
          if (stated === actual) {
            report({
              unit: u, start, end: start + raw.length, severity: 'info',
              message: `“${m[0]}”与整改台账一致；建议改为自动计数（${COUNT_LABEL[ph.key]}），台账变化时自动更新。`,
            });
            continue;
          }
          const right = arabic ? String(actual) : toChineseCount(actual);
          report({
            unit: u, start, end: start + raw.length,
            message: `正文写“${m[0]}”，按整改台账计算${COUNT_LABEL[ph.key]}为${actual}。`,
            fix: { label: `改为“${right}”`, replacement: right },
          });
        }
      }
    }
  },
};
