// 整改台账 rows: one per 具体问题, read from the same tree the notice prints (DESIGN.md §3.1: one source of truth).
import { computeCounts } from '../model/counts';
import { type ResolveContext, inlineText } from '../model/fields';
import { draftNumbering } from '../model/numbering';
import { STATUS_LABEL } from '../model/status';
import type { Draft } from '../model/types';
import { ledgerProblems } from '../model/walk';
import { widthInChars } from '../layout/signature';
import { formatChineseDate } from '../model/chinese-date';

export interface LedgerRow {
  index: number; // 序号
  aspect: string; // 方面 (printed as a group row above its problems)
  category: string; // 问题类别
  problem: string; // 问题
  measures: string; // 整改措施
  leader: string; // 责任领导
  unit: string; // 责任单位
  deadline: string; // 完成时限
  status: string; // 状态
  progress: string; // 整改进展: the latest report accepted from a 责任单位
}

export interface LedgerColumn {
  key: Exclude<keyof LedgerRow, 'aspect'>;
  label: string;
  widthChars: number;
  align: 'center' | 'left';
}

/** 方面 is not a column: it heads its problems as a merged group row; 问题类别 is merged down its problems. */
export const LEDGER_COLUMNS: LedgerColumn[] = [
  { key: 'index', label: '序号', widthChars: 4, align: 'center' },
  { key: 'category', label: '问题类别', widthChars: 8, align: 'center' },
  { key: 'problem', label: '问题', widthChars: 16, align: 'left' },
  { key: 'measures', label: '整改措施', widthChars: 26, align: 'left' },
  { key: 'leader', label: '责任领导', widthChars: 6, align: 'center' },
  { key: 'unit', label: '责任单位', widthChars: 7, align: 'center' },
  { key: 'deadline', label: '完成时限', widthChars: 6, align: 'center' },
  { key: 'status', label: '状态', widthChars: 5, align: 'center' },
  { key: 'progress', label: '整改进展', widthChars: 12, align: 'left' },
];

/** The table body in print order: a group row per 方面, then its problems; `categorySpan` merges 问题类别 cells. */
export type LedgerLine =
  | { kind: 'aspect'; text: string }
  | { kind: 'row'; row: LedgerRow; /** Rows the 问题类别 cell spans from here; 0 = covered by the one above. */ categorySpan: number };

export function ledgerLines(rows: LedgerRow[]): LedgerLine[] {
  const out: LedgerLine[] = [];
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.aspect !== row.aspect) if (row.aspect) out.push({ kind: 'aspect', text: row.aspect });
    const continues = prev && prev.aspect === row.aspect && prev.category === row.category && row.category !== '';
    let span = 0;
    if (!continues) {
      span = 1;
      while (rows[i + span] && rows[i + span]!.aspect === row.aspect && rows[i + span]!.category === row.category && row.category !== '') span++;
    }
    out.push({ kind: 'row', row, categorySpan: span });
  });
  return out;
}

/** Lines a cell's text takes at `widthChars` 字 per line (half-width characters count ½), for row heights. */
export function wrappedLines(text: string, widthChars: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(widthInChars(line) / Math.max(1, widthChars - 1))), 0);
}


export function ledgerRows(draft: Draft): LedgerRow[] {
  const ctx: ResolveContext = { draft, counts: computeCounts(draft.body) };
  const numbering = draftNumbering(draft);
  return ledgerProblems(draft.body).map(({ problem, ancestors }, i) => {
    const aspect = ancestors.find((s) => s.role === 'aspect') ?? ancestors[ancestors.length - 1];
    const category = ancestors.find((s) => s.role === 'category');
    const measures = problem.measures.map((m) => (numbering.get(m.id) ?? '') + inlineText(m.content, ctx));
    return {
      index: i + 1,
      aspect: aspect ? (numbering.get(aspect.id) ?? '') + inlineText(aspect.heading, ctx) : '',
      category: category && category !== aspect ? inlineText(category.heading, ctx) : '',
      problem: inlineText(problem.title, ctx),
      measures: measures.join('\n'),
      leader: problem.leader ?? '',
      unit: problem.unit ?? '',
      deadline: formatChineseDate(problem.deadline ?? ''),
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
