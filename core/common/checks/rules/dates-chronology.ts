// The dates of a 巡察 follow each other: 巡察开始 ≤ 巡察结束 ≤ 反馈 ≤ 成文 ≤ 印发; a date field that is not a real
// date (2025-02-30) cannot print as one.
import { fieldDef } from '../../model/fields';
import type { DraftFieldKey } from '../../model/types';
import { formatChineseDate } from '../../model/fields';
import type { Rule } from '../types';

const ORDER: DraftFieldKey[] = ['inspectionStart', 'inspectionEnd', 'feedbackDate', 'docDate', 'printDate'];

function isRealDate(iso: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const label = (k: DraftFieldKey): string => fieldDef(k)?.label ?? k;

export const datesChronology: Rule = {
  id: 'dates.chronology',
  severity: 'error',
  name: '日期先后',
  draft: ({ draft }, report) => {
    const known: [DraftFieldKey, string][] = [];
    for (const k of ORDER) {
      const v = draft.fields[k]?.trim();
      if (!v) continue;
      if (!isRealDate(v)) {
        report({ location: { blockId: null, field: k }, key: `invalid:${v}`, message: `“${label(k)}”不是有效日期：${v}。`, excerpt: v });
        continue;
      }
      known.push([k, v]);
    }
    for (let i = 1; i < known.length; i++) {
      const [pk, pv] = known[i - 1]!;
      const [k, v] = known[i]!;
      if (v >= pv) continue;
      report({
        location: { blockId: null, field: k }, key: `${pk}>${k}`,
        message: `“${label(k)}”（${formatChineseDate(v)}）早于“${label(pk)}”（${formatChineseDate(pv)}），日期先后不对。`,
        excerpt: `${label(pk)} ${formatChineseDate(pv)} → ${label(k)} ${formatChineseDate(v)}`,
      });
    }
  },
};
