// 以往年稿为基础新建: next year's draft from this year's — structure and text copied with new ids, year rolled, dates
// cleared or moved, finished problems dropped or collapsed, and everything marked carried until the clerk edits it.
import { cloneWithNewIds } from '../model/build';
import { DRAFT_FIELDS, fieldText } from '../model/fields';
import { newId } from '../model/ids';
import { STATUS_PHRASE } from '../model/status';
import type { Block, Draft, DraftFieldKey, FieldKey, ProblemBlock } from '../model/types';
import { isFollowUp, walk } from '../model/walk';
import { type CarriedFact, findBlockFacts } from './statistics';

export type DateFieldPolicy = 'keep' | 'clear' | 'shift';

export interface CarryForwardOptions {
  now: Date | string;
  /** The year of the new draft; default: the old draft's year + 1 (or the year of `now`). */
  newYear?: number;
  /**
   * Problems already 已完成: 'collapse' (default) keeps each as one line "标题，已完成整改。" without measures;
   * 'drop' removes them (and aspect/category headings left without content); 'keep' copies them whole.
   */
  doneProblems?: 'collapse' | 'drop' | 'keep';
  /** Per-field override of DEFAULT_DATE_POLICY. */
  dates?: Partial<Record<DraftFieldKey, DateFieldPolicy>>;
}

/**
 * The new document's own dates are unknown (cleared); the inspection dates describe the same past inspection the
 * follow-up notice answers, so they are kept — but listed, so the UI can ask.
 */
export const DEFAULT_DATE_POLICY: Partial<Record<DraftFieldKey, DateFieldPolicy>> = {
  docDate: 'clear',
  printDate: 'clear',
  inspectionStart: 'keep',
  inspectionEnd: 'keep',
  feedbackDate: 'keep',
};

export interface FieldChange {
  key: FieldKey;
  label: string;
  before: string;
  after: string | null;
  action: 'rolled' | 'cleared' | 'moved' | 'kept';
}

export interface CarryForwardResult {
  draft: Draft;
  fromYear: number;
  toYear: number;
  fieldChanges: FieldChange[];
  problems: { kept: number; collapsed: number; dropped: { title: string }[] };
  /** Numbers with units and dates inside carried text, to highlight as 待更新. */
  statistics: CarriedFact[];
}

/** Fields that identify one issued document and never carry over. */
const PER_DOCUMENT: DraftFieldKey[] = ['docNumber'];

export function startFromPreviousYear(prev: Draft, opts: CarryForwardOptions): CarryForwardResult {
  const now = typeof opts.now === 'string' ? opts.now : opts.now.toISOString();
  const fromYear = yearOf(prev) ?? Number(now.slice(0, 4)) - 1;
  const toYear = opts.newYear ?? fromYear + 1;
  const policy = { ...DEFAULT_DATE_POLICY, ...opts.dates };

  const fields = { ...prev.fields };
  const fieldChanges: FieldChange[] = [];
  for (const def of DRAFT_FIELDS) {
    const key = def.key as DraftFieldKey;
    const before = fields[key];
    if (!before) continue;
    const change = (after: string | null, action: FieldChange['action']) => {
      if (after === null) delete fields[key];
      else fields[key] = after;
      fieldChanges.push({ key, label: def.label, before, after, action });
    };
    if (PER_DOCUMENT.includes(key)) change(null, 'cleared');
    else if (def.kind === 'year') change(String(toYear), 'rolled');
    else if (key === 'title' && before.includes(String(fromYear))) change(before.replaceAll(String(fromYear), String(toYear)), 'rolled');
    else if (def.kind === 'date') {
      const p = policy[key] ?? 'clear';
      if (p === 'clear') change(null, 'cleared');
      else if (p === 'shift') change(shiftYears(before, toYear - fromYear), 'moved');
      else change(before, 'kept');
    }
  }

  // The new draft belongs to the new year even when the old one stated its year only in the 成文日期, which is
  // cleared: without this the library lists it under no year until the clerk fills the date.
  if (!fields.year) {
    fields.year = String(toYear);
    fieldChanges.push({ key: 'year', label: '年度', before: '', after: fields.year, action: 'rolled' });
  }

  const problems = { kept: 0, collapsed: 0, dropped: [] as { title: string }[] };
  const body = carryBlocks(prev.body, opts.doneProblems ?? 'collapse', problems);
  // Each text carries its own mark (a heading, a problem's title, each measure, each item), so editing one measure
  // leaves its siblings and the title marked 未更新.
  walk(body, (b) => {
    b.carried = true;
    if (b.type === 'problem') b.measures.forEach((m) => (m.carried = true));
    else if (b.type === 'enumeration') b.items.forEach((it) => (it.carried = true));
  });

  const { body: _oldBody, ...rest } = prev;
  const draft: Draft = {
    ...structuredClone(rest),
    id: newId('d'),
    fields,
    body,
    basedOn: { draftId: prev.id, title: fieldText(prev, 'title'), year: String(fromYear) },
    createdAt: now,
    updatedAt: now,
  };
  return { draft, fromYear, toYear, fieldChanges, problems, statistics: findBlockFacts(body) };
}

function yearOf(d: Draft): number | null {
  const y = /^[0-9]{4}$/.test(d.fields.year ?? '') ? d.fields.year : d.fields.docDate?.slice(0, 4);
  return y && /^[0-9]{4}$/.test(y) ? Number(y) : null;
}

/** YYYY-MM-DD moved by whole years; 2月29日 becomes 2月28日 in a common year. Other text is left as it is. */
export function shiftYears(iso: string, years: number): string {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  if (!m) return iso;
  const y = Number(m[1]) + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const day = m[2] === '02' && m[3] === '29' && !leap ? '28' : m[3];
  return `${y}-${m[2]}-${day}`;
}

type ProblemTally = CarryForwardResult['problems'];

function carryBlocks(blocks: Block[], done: 'collapse' | 'drop' | 'keep', tally: ProblemTally): Block[] {
  // Decide on the original tree (walk gives each problem's ancestors), then rebuild with fresh ids.
  const verdict = new Map<string, 'keep' | 'collapse' | 'drop'>();
  walk(blocks, (b, ctx) => {
    if (b.type !== 'problem' || isFollowUp(ctx.ancestors)) return;
    verdict.set(b.id, b.status === 'done' ? done : 'keep');
  });
  const rebuild = (list: Block[]): Block[] => {
    const out: Block[] = [];
    for (const b of list) {
      const v = verdict.get(b.id);
      if (b.type === 'problem' && v === 'drop') {
        tally.dropped.push({ title: b.title.map((p) => (p.t === 'text' ? p.text : '')).join('') });
        continue;
      }
      if (b.type === 'problem' && v === 'collapse') {
        out.push(collapse(b));
        tally.collapsed++;
        continue;
      }
      if (b.type === 'problem' && v === 'keep') tally.kept++;
      if (b.type === 'section') {
        const hadProblems = containsProblem(b.children);
        const children = rebuild(b.children);
        // An aspect or category whose problems were all dropped would print as an empty heading.
        if (hadProblems && (b.role === 'aspect' || b.role === 'category') && !children.some((c) => c.type !== 'paragraph' || c.content.length)) continue;
        out.push({ ...cloneWithNewIds({ ...b, children: [] }), children });
        continue;
      }
      out.push(cloneWithNewIds(b));
    }
    return out;
  };
  return rebuild(blocks);
}

function containsProblem(blocks: Block[]): boolean {
  let found = false;
  walk(blocks, (b) => {
    if (b.type === 'problem') found = true;
  });
  return found;
}

function collapse(p: ProblemBlock): ProblemBlock {
  const c = cloneWithNewIds({ ...p, measures: [], children: [] });
  c.form = 'inline';
  c.statusPhrase = p.statusPhrase || STATUS_PHRASE.done;
  return c;
}
