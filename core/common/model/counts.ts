// Counts are fields (DESIGN.md §3): computed from the ledger, never typed.
import { statusBucket } from './status';
import type { Block, CountKey } from './types';
import { isFollowUp, walk } from './walk';

export type Counts = Record<CountKey, number>;

export function computeCounts(body: Block[]): Counts {
  const c: Counts = {
    aspects: 0, categories: 0, problems: 0, measures: 0,
    done: 0, mostlyDone: 0, notDone: 0, unknown: 0, completionRate: 0,
  };
  walk(body, (b, ctx) => {
    if (isFollowUp(ctx.ancestors)) return;
    if (b.type === 'section' && b.role === 'aspect') c.aspects++;
    else if (b.type === 'section' && b.role === 'category') c.categories++;
    else if (b.type === 'problem') {
      c.problems++;
      c.measures += b.measures.length;
      c[statusBucket(b.status)]++;
    }
  });
  // 完成率 as notices state it: 已完成 (with 长期坚持) of all problems, in whole percent.
  c.completionRate = c.problems === 0 ? 0 : Math.round((c.done / c.problems) * 100);
  return c;
}

export const COUNT_LABEL: Record<CountKey, string> = {
  aspects: '方面数',
  categories: '问题类别数',
  problems: '具体问题数',
  measures: '整改措施数',
  done: '已完成数（含长期坚持）',
  mostlyDone: '基本完成数',
  notDone: '未完成数（含正在推进）',
  unknown: '未标明状态数',
  completionRate: '完成率(%)',
};
