// 进展征集: one fill-in sheet per 责任单位 with only its problems, the draft id and round recorded in the file; then
// the returns, in any order, matched to problems (by id, else by text), reviewed with every conflict surfaced, and
// the accepted progress written to the ledger (status, progress text, date, unit) with section 三 following.
import { inlineText, plainInline } from '../model/fields';
import { computeCounts } from '../model/counts';
import { regenerateFurtherSection } from '../model/further';
import { draftNumbering } from '../model/numbering';
import { STATUS_LABEL, STATUS_PHRASE } from '../model/status';
import type { Draft, ProblemBlock, ProblemStatus } from '../model/types';
import { ledgerProblems } from '../model/walk';
import { lazyTitleIndex, matchRows } from './match';
import type { LedgerTableRow, ParsedLedgerTable } from './parse';

export const COLLECT_FORMAT = 'qicao-collect';
export const NO_UNIT = '未明确责任单位';

/** The columns of a fill-in sheet, in order; `locked` ones the unit may not change. */
export const COLLECT_COLUMNS = [
  { key: 'id', label: '系统编号', locked: true, width: 16 },
  { key: 'ordinal', label: '序号', locked: true, width: 6 },
  { key: 'aspect', label: '方面', locked: true, width: 16 },
  { key: 'problem', label: '具体问题', locked: true, width: 40 },
  { key: 'measures', label: '整改措施', locked: true, width: 50 },
  { key: 'unit', label: '责任单位', locked: true, width: 14 },
  { key: 'deadline', label: '完成时限', locked: true, width: 12 },
  { key: 'status', label: '完成状态', locked: false, width: 12 },
  { key: 'progress', label: '本期进展', locked: false, width: 50 },
  { key: 'evidence', label: '佐证材料', locked: false, width: 24 },
  { key: 'reported', label: '填报日期', locked: false, width: 14 },
] as const;

export type CollectKey = (typeof COLLECT_COLUMNS)[number]['key'];
export type CollectRow = Record<CollectKey, string>;

export interface CollectMeta {
  format: typeof COLLECT_FORMAT;
  draftId: string;
  round: number;
  unit: string;
  title: string;
  createdAt: string;
}

export interface CollectSheet {
  meta: CollectMeta;
  rows: CollectRow[];
}

/** The units a 责任单位 cell names: "办公室、政工科" is two units, each asked about the problem. */
export function splitUnits(cell: string | undefined): string[] {
  const units = (cell ?? '').split(/[、，,；;/\n]|\s{2,}/).map((s) => s.trim()).filter(Boolean);
  return units.length ? [...new Set(units)] : [NO_UNIT];
}

/** A safe file name for a unit's workbook. */
export function unitFileName(unit: string, round: number): string {
  return `第${round}轮进展征集-${unit.replace(/[\\/:*?"<>|\s]+/g, '_')}.xlsx`;
}

/** The next round's sheets (one per unit, problems in ledger order) and the draft with the round recorded. */
export function planCollection(draft: Draft, now: string): { draft: Draft; sheets: CollectSheet[] } {
  const round = (draft.collection?.round ?? 0) + 1;
  const ctx = { draft, counts: computeCounts(draft.body) };
  const numbering = draftNumbering(draft);
  const byUnit = new Map<string, CollectRow[]>();
  for (const { problem: p, ancestors } of ledgerProblems(draft.body)) {
    const aspect = ancestors.find((s) => s.role === 'aspect');
    const row: CollectRow = {
      id: p.id,
      ordinal: (numbering.get(p.id) ?? '').replace(/[.、．]$/, ''),
      aspect: aspect ? inlineText(aspect.heading, ctx) : '',
      problem: inlineText(p.title, ctx),
      measures: p.measures.map((m, i) => `${i + 1}. ${inlineText(m.content, ctx)}`).join('\n'),
      unit: p.unit ?? '',
      deadline: p.deadline ?? '',
      status: STATUS_LABEL[p.status],
      progress: '',
      evidence: '',
      reported: '',
    };
    for (const u of splitUnits(p.unit)) {
      const list = byUnit.get(u) ?? [];
      list.push(row);
      byUnit.set(u, list);
    }
  }
  const title = plainInline([{ t: 'text', text: draft.fields.title ?? '' }]) || '整改台账';
  const sheets = [...byUnit].map(([unit, rows]) => ({
    meta: { format: COLLECT_FORMAT, draftId: draft.id, round, unit, title, createdAt: now } as CollectMeta,
    rows,
  }));
  const collection = { round, startedAt: now, units: sheets.map((s) => s.meta.unit) };
  return { draft: { ...draft, collection }, sheets };
}

/** A returned file as read: its parsed table, Qicao's meta (if the file has it) and the rows as sent (locked copy). */
export interface ReturnedFile {
  file: string;
  table: ParsedLedgerTable;
  meta: CollectMeta | null;
  /** The locked values as sent, by problem id, from the hidden sheet; absent when the unit made its own sheet. */
  sent: Map<string, Partial<CollectRow>>;
}

export type FileVerdict = 'ok' | 'no-meta' | 'other-draft' | 'old-round' | 'newer-round' | 'no-rows';

export interface ReturnFileReview {
  file: string;
  unit: string;
  round: number | null;
  verdict: FileVerdict;
  message: string;
  rows: number;
}

export type ConflictKind = 'two-units' | 'locked-edited' | 'other-draft' | 'old-round' | 'unmatched';

export interface ProgressUpdate {
  key: string;
  file: string;
  unit: string;
  line: number;
  problemId: string | null;
  title: string;
  match: 'id' | 'text' | null;
  before: { status: ProblemStatus; progress: string };
  after: { status: ProblemStatus | null; progress: string; evidence: string; date: string | null };
  conflicts: { kind: ConflictKind; message: string }[];
  /** Preselected when the row is clean; a row with a conflict waits for the clerk. */
  accept: boolean;
}

export interface MergeReview {
  draftId: string;
  round: number;
  files: ReturnFileReview[];
  updates: ProgressUpdate[];
  /** Returned rows that asked for no change. */
  unchanged: number;
  conflicts: number;
}

const LOCKED_LABEL: Partial<Record<CollectKey, string>> = { problem: '具体问题', measures: '整改措施', unit: '责任单位', deadline: '完成时限', aspect: '方面' };
const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');

function fileVerdict(draft: Draft, f: ReturnedFile): { verdict: FileVerdict; message: string; round: number | null } {
  const current = draft.collection?.round ?? 0;
  if (!f.meta) return { verdict: 'no-meta', message: '不是起草生成的征集表，按问题文字匹配', round: null };
  if (f.meta.draftId !== draft.id) return { verdict: 'other-draft', message: `这份表格属于另一份文稿（${f.meta.title}），不能合并到本文稿`, round: f.meta.round };
  if (f.meta.round < current) return { verdict: 'old-round', message: `这是第 ${f.meta.round} 轮的旧表格（当前为第 ${current} 轮），内容可能已过时`, round: f.meta.round };
  if (f.meta.round > current) return { verdict: 'newer-round', message: `表格的轮次（第 ${f.meta.round} 轮）比文稿记录的新，请确认文稿是否为最新`, round: f.meta.round };
  return { verdict: 'ok', message: '', round: f.meta.round };
}

function lockedEdits(row: LedgerTableRow, sent: Partial<CollectRow> | undefined): string[] {
  if (!sent) return [];
  const now: Partial<Record<CollectKey, string>> = { problem: row.problem, unit: row.unit, deadline: row.deadline, aspect: row.aspect };
  const out: string[] = [];
  for (const k of ['problem', 'unit', 'deadline', 'aspect'] as const) {
    if (sent[k] !== undefined && now[k] !== undefined && norm(now[k]) !== norm(sent[k]) && !(k === 'deadline' && norm(now[k]) === '' )) {
      out.push(`${LOCKED_LABEL[k]}被改动（原为“${sent[k]}”，现为“${now[k]}”），未采用`);
    }
  }
  if (sent.measures !== undefined && row.measures.length && norm(row.measures.join('')) !== norm(sentMeasures(sent.measures).join(''))) {
    out.push(`${LOCKED_LABEL.measures}被改动，未采用`);
  }
  return out;
}

/** The measures cell as sent ("1. …\n2. …") without its numbers, compared as the parser reads the return. */
function sentMeasures(cell: string): string[] {
  return cell.split('\n').map((s) => s.replace(/^\d+\.\s*/, '').trim()).filter(Boolean);
}

/** Reviews every returned file against the draft: what each would change, and every conflict. */
export function reviewReturns(draft: Draft, files: ReturnedFile[]): MergeReview {
  const problems = ledgerProblems(draft.body).map((x) => x.problem);
  const byId = new Map(problems.map((p) => [p.id, p]));
  const titles = lazyTitleIndex(problems);
  const reviews: ReturnFileReview[] = [];
  const updates: ProgressUpdate[] = [];
  let unchanged = 0;
  for (const f of files) {
    const v = fileVerdict(draft, f);
    const unit = f.meta?.unit ?? f.table.rows.find((r) => r.unit)?.unit ?? f.file.replace(/\.[^.]+$/, '');
    reviews.push({ file: f.file, unit, round: v.round, verdict: f.table.rows.length ? v.verdict : 'no-rows', message: f.table.rows.length ? v.message : '表格中没有可识别的问题行', rows: f.table.rows.length });
    if (v.verdict === 'other-draft') continue;
    const matches = matchRows(f.table.rows, problems, titles);
    f.table.rows.forEach((row, i) => {
      const m = matches[i];
      const p: ProblemBlock | undefined = m?.problem ?? (row.id ? byId.get(row.id) : undefined);
      const status = row.status;
      const progress = row.progress.trim();
      const before = { status: p?.status ?? 'unknown', progress: p?.progress?.[p.progress.length - 1]?.text ?? '' } as const;
      const changesStatus = status !== null && status !== before.status;
      const changesProgress = progress !== '' && progress !== before.progress;
      const locked = lockedEdits(row, row.id ? f.sent.get(row.id) : undefined);
      if (!changesStatus && !changesProgress && !row.evidence && locked.length === 0) {
        unchanged++;
        return;
      }
      const conflicts: ProgressUpdate['conflicts'] = locked.map((message) => ({ kind: 'locked-edited' as const, message }));
      if (!p) conflicts.push({ kind: 'unmatched', message: '在台账中找不到对应的问题' });
      if (v.verdict === 'old-round') conflicts.push({ kind: 'old-round', message: v.message });
      updates.push({
        key: `${f.file}#${row.line}`, file: f.file, unit, line: row.line, problemId: p?.id ?? null,
        title: p ? plainInline(p.title) : row.problem, match: m?.by ?? null, before: { ...before },
        after: { status: changesStatus ? status : null, progress, evidence: row.evidence, date: /^\d{4}-\d{2}-\d{2}$/.test(row.reported) ? row.reported : null },
        conflicts, accept: false,
      });
    });
  }
  // Two units (two files) changing the same problem differently: both shown, neither chosen for the clerk.
  const byProblem = new Map<string, ProgressUpdate[]>();
  for (const u of updates) if (u.problemId && !u.conflicts.some((c) => c.kind === 'old-round')) byProblem.set(u.problemId, [...(byProblem.get(u.problemId) ?? []), u]);
  for (const list of byProblem.values()) {
    const files = new Set(list.map((u) => u.file));
    if (files.size < 2) continue;
    const statuses = new Set(list.map((u) => u.after.status ?? u.before.status));
    const texts = new Set(list.map((u) => u.after.progress).filter(Boolean));
    if (statuses.size < 2 && texts.size < 2) continue;
    for (const u of list) {
      const others = list.filter((o) => o !== u).map((o) => `${o.unit}（${STATUS_LABEL[o.after.status ?? o.before.status]}）`).join('、');
      u.conflicts.push({ kind: 'two-units', message: `${others}也报送了这个问题的进展，内容不同，请选择采用哪一份` });
    }
  }
  // Locked-column edits are never applied, but the unit's progress in the same row is still accepted by default.
  for (const u of updates) u.accept = u.problemId !== null && u.conflicts.every((c) => c.kind === 'locked-edited') && (u.after.status !== null || u.after.progress !== '' || u.after.evidence !== '');
  return {
    draftId: draft.id, round: draft.collection?.round ?? 0, files: reviews, updates, unchanged,
    conflicts: updates.reduce((n, u) => n + u.conflicts.length, 0) + reviews.filter((r) => r.verdict === 'other-draft').length,
  };
}

/** The draft with the accepted updates written to the ledger, statuses phrased, section 三 regenerated. */
export function applyReturns(draft: Draft, review: MergeReview, accepted: ReadonlySet<string>, now: string): Draft {
  const body = structuredClone(draft.body);
  const byId = new Map(ledgerProblems(body).map((x) => [x.problem.id, x.problem]));
  const round = draft.collection?.round;
  for (const u of review.updates) {
    if (!accepted.has(u.key) || !u.problemId) continue;
    const p = byId.get(u.problemId);
    if (!p) continue;
    if (u.after.status && u.after.status !== p.status) {
      p.status = u.after.status;
      if (STATUS_PHRASE[u.after.status]) p.statusPhrase = STATUS_PHRASE[u.after.status];
      else delete p.statusPhrase;
    }
    if (u.after.progress || u.after.evidence) {
      const report = { text: u.after.progress, date: u.after.date ?? now.slice(0, 10), unit: u.unit, ...(u.after.evidence ? { evidence: u.after.evidence } : {}), ...(round ? { round } : {}) };
      p.progress = [...(p.progress ?? []), report];
    }
  }
  return { ...draft, body: draft.docType === 'rectification' ? regenerateFurtherSection(body) : body, updatedAt: now };
}
