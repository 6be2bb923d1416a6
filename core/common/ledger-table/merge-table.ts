// Merging an imported ledger table into an existing draft: every row is added, changed or unchanged, every draft
// problem the table lacks is missing; the clerk accepts each row. Published wording is never overwritten: a changed
// row updates the ledger facts and adds measures the draft lacks.
import { BigramIndex, dice, bigrams, normalizeForSimilarity } from '../checks/similarity';
import { measure, section } from '../model/build';
import { plainInline } from '../model/fields';
import { regenerateFurtherSection } from '../model/further';
import { STATUS_LABEL, STATUS_PHRASE } from '../model/status';
import type { Block, Draft, ProblemBlock, SectionBlock } from '../model/types';
import { ledgerProblems } from '../model/walk';
import { matchRows } from './match';
import type { LedgerTableRow } from './parse';
import { rowToProblem } from './to-draft';

export type TableRowChange = 'added' | 'changed' | 'unchanged' | 'missing';

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface TableMergeRow {
  /** Stable key the clerk's choices refer to. */
  key: string;
  change: TableRowChange;
  title: string;
  line?: number;
  problemId?: string;
  match?: 'id' | 'text';
  changes: FieldChange[];
  /** Notes that are shown but not applied (the draft's wording differs from the table's). */
  notes: string[];
  /** Preselected: added and changed rows yes; missing rows no (nothing is deleted unless the clerk says so). */
  accept: boolean;
}

const SAME_MEASURE = 0.8;

function newMeasures(p: ProblemBlock, row: LedgerTableRow): string[] {
  const have = p.measures.map((m) => bigrams(normalizeForSimilarity(plainInline(m.content))));
  return row.measures.filter((m) => {
    const g = bigrams(normalizeForSimilarity(m));
    return !have.some((h) => dice(g, h) >= SAME_MEASURE || (g.size > 0 && [...g].every((x) => h.has(x))));
  });
}

function changesFor(p: ProblemBlock, row: LedgerTableRow): FieldChange[] {
  const out: FieldChange[] = [];
  if (row.status && row.status !== p.status) out.push({ label: '状态', before: STATUS_LABEL[p.status], after: STATUS_LABEL[row.status] });
  const facts: [string, 'unit' | 'leader' | 'deadline'][] = [['责任单位', 'unit'], ['责任领导', 'leader'], ['完成时限', 'deadline']];
  for (const [label, k] of facts) {
    if (row[k] && row[k] !== (p[k] ?? '')) out.push({ label, before: p[k] ?? '', after: row[k] });
  }
  const added = newMeasures(p, row);
  if (added.length) out.push({ label: '新增整改措施', before: '', after: added.join('\n') });
  const last = p.progress?.[p.progress.length - 1]?.text ?? '';
  if (row.progress && row.progress !== last) out.push({ label: '整改进展', before: last, after: row.progress });
  return out;
}

export function diffLedgerTable(draft: Draft, rows: LedgerTableRow[]): TableMergeRow[] {
  const problems = ledgerProblems(draft.body).map((x) => x.problem);
  const matches = matchRows(rows, problems);
  const out: TableMergeRow[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const m = matches[i];
    if (!m) {
      out.push({ key: `row:${row.line}`, change: 'added', title: row.problem, line: row.line, changes: [], notes: [], accept: true });
      return;
    }
    seen.add(m.problem.id);
    const changes = changesFor(m.problem, row);
    const title = plainInline(m.problem.title);
    const notes = normalizeForSimilarity(title) !== normalizeForSimilarity(row.problem) ? [`台账表述与文稿不同，保留文稿原文。台账：${row.problem}`] : [];
    out.push({
      key: `row:${row.line}`, change: changes.length ? 'changed' : 'unchanged', title, line: row.line,
      problemId: m.problem.id, match: m.by, changes, notes, accept: changes.length > 0,
    });
  });
  for (const p of problems) {
    if (seen.has(p.id)) continue;
    out.push({ key: `problem:${p.id}`, change: 'missing', title: plainInline(p.title), problemId: p.id, changes: [], notes: [], accept: false });
  }
  return out;
}

function applyRow(p: ProblemBlock, row: LedgerTableRow, now: string): void {
  if (row.status && row.status !== p.status) {
    p.status = row.status;
    p.statusPhrase = STATUS_PHRASE[row.status] || undefined;
    if (!p.statusPhrase) delete p.statusPhrase;
  }
  if (row.unit) p.unit = row.unit;
  if (row.leader) p.leader = row.leader;
  if (row.deadline) p.deadline = row.deadline;
  for (const m of newMeasures(p, row)) p.measures.push(measure(m));
  const last = p.progress?.[p.progress.length - 1]?.text ?? '';
  if (row.progress && row.progress !== last) {
    p.progress = [...(p.progress ?? []), { text: row.progress, date: row.reported && /^\d{4}-\d{2}-\d{2}$/.test(row.reported) ? row.reported : now.slice(0, 10), ...(row.unit ? { unit: row.unit } : {}) }];
  }
}

const headingText = (s: SectionBlock): string => plainInline(s.heading);

/** Where an added row goes: the aspect whose heading is most like the row's, else a new aspect at the end of 二. */
function placeAdded(body: Block[], row: LedgerTableRow, p: ProblemBlock): Block[] {
  const rect = body.find((b): b is SectionBlock => b.type === 'section' && b.role === 'rectification');
  const container = rect ? rect.children : body;
  const aspects = container.filter((b): b is SectionBlock => b.type === 'section' && b.role === 'aspect');
  if (row.aspect && aspects.length) {
    const best = new BigramIndex(aspects.map(headingText)).best(row.aspect, 0.5);
    if (best) {
      const a = aspects[best.index]!;
      const cats = a.children.filter((b): b is SectionBlock => b.type === 'section' && b.role === 'category');
      const cat = row.category && cats.length ? new BigramIndex(cats.map(headingText)).best(row.category, 0.5) : null;
      (cat ? cats[cat.index]!.children : a.children).push(p);
      return body;
    }
  }
  if (row.aspect) container.push(section('aspect', row.aspect, [p]));
  else container.push(p);
  return body;
}

/** The draft with the accepted rows applied, then section 三 regenerated. */
export function applyLedgerTable(draft: Draft, rows: LedgerTableRow[], diff: TableMergeRow[], accepted: ReadonlySet<string>, now: string): Draft {
  let body = structuredClone(draft.body);
  const problems = new Map(ledgerProblems(body).map((x) => [x.problem.id, x.problem]));
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const remove = new Set<string>();
  for (const d of diff) {
    if (!accepted.has(d.key)) continue;
    const row = d.line !== undefined ? byLine.get(d.line) : undefined;
    if (d.change === 'added' && row) body = placeAdded(body, row, rowToProblem(row, now));
    else if (d.change === 'changed' && row && d.problemId) {
      const p = problems.get(d.problemId);
      if (p) applyRow(p, row, now);
    } else if (d.change === 'missing' && d.problemId) remove.add(d.problemId);
  }
  if (remove.size) body = without(body, remove);
  return { ...draft, body: draft.docType === 'rectification' ? regenerateFurtherSection(body) : body, updatedAt: now };
}

function without(blocks: Block[], ids: ReadonlySet<string>): Block[] {
  return blocks.filter((b) => !ids.has(b.id)).map((b) => (b.type === 'section' ? { ...b, children: without(b.children, ids) } : b));
}
