// Imported ledger rows → the draft tree: 方面 → 类别 → 具体问题 → 整改措施 inside section 二, counts bound, and
// section 三 generated from the statuses by the same code as the ledger panel's button.
import { measure, paragraph, problem, section } from '../model/build';
import { regenerateFurtherSection } from '../model/further';
import { STATUS_PHRASE } from '../model/status';
import type { Block, Draft, Inline, ProblemBlock, SectionBlock } from '../model/types';
import { walk } from '../model/walk';
import type { LedgerTableRow } from './parse';

/** One ledger row as a problem block; the clerk's wording kept, ordinals left to the draft. */
export function rowToProblem(r: LedgerTableRow, mergedAt: string): ProblemBlock {
  const p = problem(r.problem, r.measures.map((m) => measure(m)), {
    status: r.status ?? 'unknown', measuresLabel: '整改情况', measureStyle: 'shi', measureLayout: 'inline',
  });
  if (r.status && r.status !== 'unknown') p.statusPhrase = STATUS_PHRASE[r.status];
  if (r.leader) p.leader = r.leader;
  if (r.unit) p.unit = r.unit;
  if (r.deadline) p.deadline = r.deadline;
  const notes = [r.person && `责任人：${r.person}`, r.notes].filter(Boolean).join('；');
  if (notes) p.notes = notes;
  if (r.progress) {
    p.progress = [{ text: r.progress, date: mergedAt.slice(0, 10), ...(r.unit ? { unit: r.unit } : {}), ...(r.evidence ? { evidence: r.evidence } : {}) }];
  }
  return p;
}

/** The rows grouped as the notice groups them: aspects, then categories inside, problems in table order. */
export function rowsToBlocks(rows: LedgerTableRow[], now: string): Block[] {
  const out: Block[] = [];
  let aspect: SectionBlock | null = null;
  let category: SectionBlock | null = null;
  for (const r of rows) {
    if (r.aspect && (!aspect || aspect.heading.map((x) => (x.t === 'text' ? x.text : '')).join('') !== r.aspect)) {
      aspect = section('aspect', r.aspect, []);
      category = null;
      out.push(aspect);
    }
    if (!r.aspect) aspect = null;
    const into = aspect ? aspect.children : out;
    if (r.category) {
      const heading = category?.heading.map((x) => (x.t === 'text' ? x.text : '')).join('');
      if (!category || heading !== r.category) {
        category = section('category', r.category, []);
        into.push(category);
      }
      category.children.push(rowToProblem(r, now));
    } else {
      category = null;
      into.push(rowToProblem(r, now));
    }
  }
  return out;
}

/** An empty template placeholder (an aspect with one blank problem) that the imported ledger replaces. */
function isEmptyPlaceholder(b: Block): boolean {
  let text = false;
  walk([b], (x) => {
    if (x.type === 'section' && x.heading.length) text = true;
    if (x.type === 'problem' && (x.title.length || x.measures.some((m) => m.content.length))) text = true;
    if (x.type === 'paragraph' && x.content.length) text = true;
  });
  return !text;
}

const count = (key: 'aspects' | 'problems' | 'measures' | 'done' | 'mostlyDone' | 'notDone'): Inline => ({ t: 'count', key });
const words = (t: string): Inline => ({ t: 'text', text: t });

/** The opening sentence of section 二 with every figure bound to the ledger, so it follows every later change. */
export function ledgerSummaryParagraph(): Block {
  return paragraph([
    words('对照巡察反馈的'), count('aspects'), words('个方面'), count('problems'), words('个具体问题，逐项制定'), count('measures'),
    words('项整改措施。截至目前，已完成整改'), count('done'), words('个，基本完成'), count('mostlyDone'), words('个，正在推进或未完成'),
    count('notDone'), words('个。'),
  ]);
}

/** A new draft's body with the ledger in section 二 and section 三 generated. `draft` comes from a template. */
export function draftFromLedger(draft: Draft, rows: LedgerTableRow[], now: string): Draft {
  const blocks = rowsToBlocks(rows, now);
  let placed = false;
  const body = draft.body.map((b) => {
    if (placed || b.type !== 'section' || b.role !== 'rectification') return b;
    placed = true;
    const kept = b.children.filter((c) => !(c.type === 'section' || c.type === 'problem') || !isEmptyPlaceholder(c));
    const hasProse = kept.some((c) => c.type === 'paragraph' && c.content.length > 0);
    return { ...b, children: [...kept, ...(hasProse ? [] : [ledgerSummaryParagraph()]), ...blocks] };
  });
  if (!placed) body.push(section('rectification', '巡察反馈问题的整改情况', blocks, { continuousNumbering: true }));
  return { ...draft, body: draft.docType === 'rectification' ? regenerateFurtherSection(body) : body, updatedAt: now };
}
