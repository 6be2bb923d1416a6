// Totals typed as plain numbers in prose ("7个方面58个具体问题", "制定整改措施71项", "完成率95%") must agree with
// the ledger (DESIGN.md §3). Only phrases that state a ledger total are read (model/stated-counts): "研究四个方面
// 的措施" is not one. Imported text keeps the number as published; the clerk may bind it to the ledger.
import { COUNT_LABEL } from '../../model/counts';
import { findStatedCounts } from '../../model/stated-counts';
import type { Block } from '../../model/types';
import { walk } from '../../model/walk';
import { toChineseCount } from '../chars';
import type { FindingFix, Rule } from '../types';

const BIND_LABEL = '改为按台账计算';

export const countsProse: Rule = {
  id: 'counts.prose',
  severity: 'error',
  name: '正文中的计数',
  draft: ({ draft, counts, units }, report) => {
    if (draft.docType !== 'rectification' || counts.problems === 0) return;
    // A problem's own text speaks of that problem ("制定3项整改措施" for one problem), never of the ledger's totals.
    const inProblem = new Set<string>();
    walk(draft.body, (b: Block) => {
      if (b.type === 'problem') walk([b], (c) => inProblem.add(c.id));
    });
    for (const u of units) {
      if (u.kind === 'field' || (u.block && inProblem.has(u.block.id))) continue;
      for (const s of findStatedCounts(u.text)) {
        const actual = counts[s.key];
        if (s.key === 'aspects' && actual === 0) continue;
        const arabic = /^[0-9.]+$/.test(s.raw);
        // A rate stays a typed number; an arabic count may become a bound one, a Chinese numeral is retyped.
        const retype = arabic ? String(actual) : toChineseCount(actual);
        const fix: FindingFix | undefined = s.key !== 'completionRate' && arabic
          ? { label: BIND_LABEL, replacement: retype, count: s.key }
          : s.value === actual ? undefined : { label: `改为“${retype}”`, replacement: retype };
        if (s.value === actual) {
          report({
            unit: u, start: s.start, end: s.end, severity: 'info',
            message: `“${s.phrase}”与整改台账一致；可改为按台账计算（${COUNT_LABEL[s.key]}），台账变化时自动更新。`,
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        report({
          unit: u, start: s.start, end: s.end,
          message: `正文写“${s.phrase}”，按整改台账计算${COUNT_LABEL[s.key]}为${actual}。请核对台账是否完整，或改为按台账计算。`,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
