// The ledger's figures as a clerk reads them in a notice, defined once: the status bar, the ledger panel, its filter
// and the checks all show these numbers with these labels.
import { computeCounts } from '../model/counts';
import { STATUSES, STATUS_LABEL } from '../model/status';
import type { Block, ProblemStatus } from '../model/types';
import { ledgerProblems } from '../model/walk';

export interface LedgerFigures {
  aspects: number;
  categories: number;
  problems: number;
  measures: number;
  /** Problems per status, one entry per status the ledger can hold (the filter shows the same numbers). */
  byStatus: Record<ProblemStatus, number>;
  /** 已完成 as published notices count it: 已完成 and 长期坚持 (done, kept up as a long-term measure). */
  completed: number;
  /** 完成率 = completed ÷ all problems, in whole percent; 0 without problems. */
  completionRate: number;
}

export function ledgerFigures(body: Block[]): LedgerFigures {
  const c = computeCounts(body);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProblemStatus, number>;
  for (const { problem } of ledgerProblems(body)) byStatus[problem.status]++;
  return {
    aspects: c.aspects,
    categories: c.categories,
    problems: c.problems,
    measures: c.measures,
    byStatus,
    completed: c.done,
    completionRate: c.completionRate,
  };
}

/** How 完成率 is computed, in the notice's words (a tooltip and the ledger panel say it). */
export const COMPLETION_RATE_RULE = '完成率＝已完成（含长期坚持）问题数÷全部具体问题数';

/** One line per figure, in the order the ledger panel and status bar show them; zero statuses are left out. */
export function statusFigureItems(f: LedgerFigures): { status: ProblemStatus; label: string; count: number }[] {
  return STATUSES.filter((s) => f.byStatus[s] > 0).map((s) => ({ status: s, label: STATUS_LABEL[s], count: f.byStatus[s] }));
}
