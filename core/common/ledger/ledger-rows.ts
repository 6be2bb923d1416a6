// 整改台账 rows: one per 具体问题, read from the same tree the notice prints (DESIGN.md §3.1: one source of truth).
import { computeCounts } from '../model/counts';
import { type ResolveContext, inlineText } from '../model/fields';
import { draftNumbering } from '../model/numbering';
import { STATUS_LABEL } from '../model/status';
import type { Draft } from '../model/types';
import { ledgerProblems } from '../model/walk';

export interface LedgerRow {
  index: number; // 序号
  aspect: string; // 方面
  category: string; // 问题类别 (empty when the aspect has none)
  problem: string; // 问题
  measures: string; // 整改措施
  leader: string; // 责任领导
  unit: string; // 责任单位
  deadline: string; // 完成时限
  status: string; // 状态
  progress: string; // 整改进展: the latest report accepted from a 责任单位
}

export const LEDGER_COLUMNS: { key: keyof LedgerRow; label: string; widthChars: number }[] = [
  { key: 'index', label: '序号', widthChars: 3 },
  { key: 'aspect', label: '方面', widthChars: 7 },
  { key: 'category', label: '问题类别', widthChars: 6 },
  { key: 'problem', label: '问题', widthChars: 15 },
  { key: 'measures', label: '整改措施', widthChars: 26 },
  { key: 'leader', label: '责任领导', widthChars: 7 },
  { key: 'unit', label: '责任单位', widthChars: 7 },
  { key: 'deadline', label: '完成时限', widthChars: 6 },
  { key: 'status', label: '状态', widthChars: 5 },
  { key: 'progress', label: '整改进展', widthChars: 12 },
];

/** ISO dates in the ledger read as the text does (2024年12月31日). */
const chineseDate = (s: string): string => s.replace(/^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`);

export function ledgerRows(draft: Draft): LedgerRow[] {
  const ctx: ResolveContext = { draft, counts: computeCounts(draft.body) };
  const numbering = draftNumbering(draft);
  return ledgerProblems(draft.body).map(({ problem, ancestors }, i) => {
    const aspect = ancestors.find((s) => s.role === 'aspect') ?? ancestors[ancestors.length - 1];
    const category = ancestors.find((s) => s.role === 'category' && s !== aspect);
    const measures = problem.measures.map((m) => (numbering.get(m.id) ?? '') + inlineText(m.content, ctx));
    return {
      index: i + 1,
      aspect: aspect ? inlineText(aspect.heading, ctx) : '',
      category: category ? inlineText(category.heading, ctx) : '',
      problem: inlineText(problem.title, ctx),
      measures: measures.join('\n'),
      leader: problem.leader ?? '',
      unit: problem.unit ?? '',
      deadline: chineseDate(problem.deadline ?? ''),
      status: STATUS_LABEL[problem.status],
      progress: problem.progress?.[problem.progress.length - 1]?.text ?? '',
    };
  });
}

/** The ledger's title line: "{单位}巡察反馈问题整改台账". */
export function ledgerTitle(draft: Draft): string {
  const unit = draft.fields.unitName || draft.profile.fullName;
  return `${unit}巡察反馈问题整改台账`;
}
