// Counts are fields (DESIGN.md §3): a bound count prints the ledger's value; when the imported text stated another
// number, the ledger or the text is wrong and the clerk must decide which.
import { COUNT_LABEL } from '../../model/counts';
import { walk } from '../../model/walk';
import { resolveInlines } from '../text-units';
import { blockSlots } from '../text-units';
import type { Rule } from '../types';

export const countsCountRef: Rule = {
  id: 'counts.bound-mismatch',
  severity: 'error',
  name: '计数与台账不符',
  draft: ({ draft, counts }, report) => {
    walk(draft.body, (b) => {
      for (const slot of blockSlots(b)) {
        if (!slot.content.some((p) => p.t === 'count' && p.stated !== undefined)) continue;
        let pos = 0;
        const full = resolveInlines(slot.content, { draft, counts }).text;
        for (const p of slot.content) {
          const len = resolveInlines([p], { draft, counts }).text.length;
          if (p.t === 'count' && p.stated !== undefined && p.stated !== counts[p.key]) {
            report({
              location: { ...slot.location, start: pos, end: pos + len }, key: `${p.key}:${p.stated}`,
              message: `原文写的${COUNT_LABEL[p.key]}是${p.stated}，按整改台账计算为${counts[p.key]}；导出时按${counts[p.key]}输出，请核对台账是否完整。`,
              excerpt: full.slice(Math.max(0, pos - 12), pos + len + 12),
            });
          }
          pos += len;
        }
      }
    });
  },
};
