// Flattens a draft into printed paragraphs — the one sequence that plain text, DOCX, print HTML and page view all lay out.
import { computeCounts } from '../model/counts';
import { type ResolveContext, fieldText, inlineText } from '../model/fields';
import { type Numbering, draftNumbering } from '../model/numbering';
import type { Block, Draft, EnumerationBlock, Measure, ProblemBlock, SectionBlock } from '../model/types';
import { problemText } from '../view/problem';

/** Font role of a run: heading levels take 黑体/楷体/仿宋 per GB/T 9704 7.3.3; body is 仿宋. */
export type RunRole = 'body' | 'h1' | 'h2' | 'h3' | 'h4';

export interface PrintedRun {
  text: string;
  role: RunRole;
}

export type PrintedKind = 'title' | 'heading' | 'body' | 'signer' | 'date';

export interface PrintedParagraph {
  kind: PrintedKind;
  /** Heading level 1–4 for kind 'heading' (deeper levels print as level 4). */
  level?: number;
  runs: PrintedRun[];
  /** The block this paragraph comes from, for jumping from a preview or a finding to the text. */
  sourceId?: string;
}

export interface PrintOptions {
  /** Text for an empty field (the editor shows a marker; export prints nothing). */
  missing?: ResolveContext['missing'];
}

export function printedText(p: PrintedParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

export function toPrinted(draft: Draft, opts: PrintOptions = {}): PrintedParagraph[] {
  const counts = computeCounts(draft.body);
  const ctx: ResolveContext = { draft, counts, missing: opts.missing };
  const numbering = draftNumbering(draft);
  const out: PrintedParagraph[] = [];
  const title = fieldText(draft, 'title');
  if (title) out.push({ kind: 'title', runs: [{ text: title, role: 'body' }] });
  emitBlocks(draft.body, draft.options?.firstHeadingLevel ?? 1, { ctx, numbering, out });
  const signer = fieldText(draft, 'signer');
  if (signer) out.push({ kind: 'signer', runs: [{ text: signer, role: 'body' }] });
  const date = fieldText(draft, 'docDate');
  if (date) out.push({ kind: 'date', runs: [{ text: date, role: 'body' }] });
  return out;
}

interface Emit {
  ctx: ResolveContext;
  numbering: Numbering;
  out: PrintedParagraph[];
}

const roleOf = (level: number): RunRole => (`h${Math.min(level, 4)}` as RunRole);

function body(e: Emit, text: string, sourceId: string): void {
  if (text) e.out.push({ kind: 'body', runs: [{ text, role: 'body' }], sourceId });
}

function emitBlocks(blocks: Block[], level: number, e: Emit): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
        body(e, inlineText(b.content, e.ctx), b.id);
        break;
      case 'enumeration':
        if (b.layout === 'inline') body(e, enumerationText(b, e), b.id);
        else {
          body(e, inlineText(b.lead, e.ctx), b.id);
          enumerationItems(b, e).forEach((t) => body(e, t, b.id));
        }
        break;
      case 'section':
        emitSection(b, level, e);
        break;
      case 'problem':
        emitProblem(b, level, e);
        break;
    }
  }
}

function emitSection(s: SectionBlock, level: number, e: Emit): void {
  const own = inlineText(s.heading, e.ctx);
  const heading = (e.numbering.get(s.id) ?? '') + own;
  const [first, ...rest] = s.children;
  // "1.标题。正文…" and "1.标题。一是…二是…": the first paragraph or inline enumeration runs on after the heading.
  const runOn = !s.runIn ? null
    : first?.type === 'paragraph' ? inlineText(first.content, e.ctx)
    : first?.type === 'enumeration' && first.layout === 'inline' ? enumerationText(first, e)
    : null;
  if (runOn !== null) {
    if (own || runOn) e.out.push({
      kind: 'body',
      runs: [
        { text: heading, role: roleOf(level) },
        { text: runOn, role: 'body' },
      ],
      sourceId: s.id,
    });
    emitBlocks(rest, level + 1, e);
    return;
  }
  // An unfilled heading (a template slot) prints nothing, not a bare ordinal; the editor shows its placeholder.
  if (own) e.out.push({ kind: 'heading', level: Math.min(level, 4), runs: [{ text: heading, role: roleOf(level) }], sourceId: s.id });
  emitBlocks(s.children, level + 1, e);
}

/** Empty items and measures (unfilled slots) print nothing — not a bare 二是. */
function enumerationItems(b: EnumerationBlock, e: Emit): string[] {
  return b.items.flatMap((it) => {
    const t = inlineText(it.content, e.ctx);
    return t ? [(e.numbering.get(it.id) ?? '') + t] : [];
  });
}

function enumerationText(b: EnumerationBlock, e: Emit): string {
  return inlineText(b.lead, e.ctx) + enumerationItems(b, e).join('');
}

function measuresText(ms: Measure[], e: Emit): string[] {
  return ms.flatMap((m) => {
    const t = inlineText(m.content, e.ctx);
    return t ? [(e.numbering.get(m.id) ?? '') + t] : [];
  });
}

function emitProblem(p: ProblemBlock, level: number, e: Emit): void {
  const ord = e.numbering.get(p.id) ?? '';
  const title = inlineText(p.title, e.ctx);
  const measures = measuresText(p.measures, e);
  const view = problemText({ ...p, measureCount: measures.length }, title);
  if (p.form === 'inline') {
    const head = title || view.titleSuffix ? ord + title + view.titleSuffix : '';
    if (p.measureLayout === 'inline') body(e, head + measures.join(''), p.id);
    else {
      body(e, head, p.id);
      measures.forEach((t) => body(e, t, p.id));
    }
  } else {
    if (title) e.out.push({ kind: 'heading', level: Math.min(level, 4), runs: [{ text: ord + title, role: roleOf(level) }], sourceId: p.id });
    if (measures.length === 0) body(e, view.leadLine, p.id);
    else if (p.measureLayout === 'inline') body(e, view.measuresLead + measures.join(''), p.id);
    else {
      body(e, view.measuresLead + measures[0], p.id);
      measures.slice(1).forEach((t) => body(e, t, p.id));
    }
  }
  emitBlocks(p.children, level + 1, e);
}
