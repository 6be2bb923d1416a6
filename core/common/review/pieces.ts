// The exported text of a draft as pieces: each printed paragraph split into what the clerk wrote (text, fields),
// what the ledger computes (counts, status phrases) and what numbering adds (ordinals, labels). A leader's edit is
// applied by finding the pieces it touches. Mirrors render/printed.ts; a test keeps the two in step.
import { anchorKeys, bookmarkName } from '../docx/anchor-names';
import { computeCounts } from '../model/counts';
import { type ResolveContext, fieldText, inlineText } from '../model/fields';
import { draftNumbering } from '../model/numbering';
import type { Block, Draft, Inline, ProblemBlock, SectionBlock } from '../model/types';
import { toPrinted } from '../render/printed';

/** Where a piece's text lives in the model: an inline list of one block. */
export interface Slot {
  blockId: string;
  /** content | heading | title | lead | item:<id> | measure:<id> | field:<key> (title, 署名, 成文日期) */
  slot: string;
}

export type Piece =
  | { kind: 'text'; text: string; slot: Slot; inline: number; offset: number }
  | { kind: 'field'; text: string; slot: Slot; inline: number; key: string }
  | { kind: 'count'; text: string; slot: Slot; inline: number; key: string }
  | { kind: 'status'; text: string; problemId: string }
  | { kind: 'fixed'; text: string; what: string };

export interface BasePart {
  /** Bookmark name written on export (docx/anchors.ts). */
  name: string;
  sourceId: string | null;
  text: string;
  pieces: Piece[];
  /** Where it is, for grouping: 二、… › （一）… › 1.… › （3）… */
  place: string[];
  /** The model element the paragraph chiefly stands for. */
  unit: { kind: 'title' | 'signer' | 'date' | 'heading' | 'paragraph' | 'item' | 'problem' | 'measure'; blockId: string | null; id: string | null };
}

const END_PUNCT = /[。！？；：…”’）》]$/;

interface Ctx {
  rc: ResolveContext;
  numbering: Map<string, string>;
  paras: { pieces: Piece[]; unit: BasePart['unit']; place: string[] }[];
}

function inlinePieces(content: Inline[], slot: Slot, rc: ResolveContext): Piece[] {
  return content.map((p, inline): Piece => {
    if (p.t === 'text') return { kind: 'text', text: p.text, slot, inline, offset: 0 };
    if (p.t === 'field') return { kind: 'field', text: fieldText(rc.draft, p.key), slot, inline, key: p.key };
    return { kind: 'count', text: String(rc.counts[p.key]), slot, inline, key: p.key };
  });
}

const fixed = (text: string, what: string): Piece[] => (text ? [{ kind: 'fixed', text, what }] : []);
const textOf = (ps: Piece[]) => ps.map((p) => p.text).join('');

function push(c: Ctx, pieces: Piece[], unit: BasePart['unit'], place: string[], force = false): void {
  if (force || textOf(pieces)) c.paras.push({ pieces, unit, place });
}

function blocks(list: Block[], place: string[], c: Ctx): void {
  for (const b of list) {
    if (b.type === 'paragraph') push(c, inlinePieces(b.content, { blockId: b.id, slot: 'content' }, c.rc), { kind: 'paragraph', blockId: b.id, id: b.id }, place);
    else if (b.type === 'enumeration') {
      const lead = inlinePieces(b.lead, { blockId: b.id, slot: 'lead' }, c.rc);
      const items = b.items.map((it) => [
        ...fixed(c.numbering.get(it.id) ?? '', '序号'),
        ...inlinePieces(it.content, { blockId: b.id, slot: `item:${it.id}` }, c.rc),
      ]);
      if (b.layout === 'inline') push(c, [...lead, ...items.flat()], { kind: 'paragraph', blockId: b.id, id: b.id }, place);
      else {
        push(c, lead, { kind: 'paragraph', blockId: b.id, id: b.id }, place);
        items.forEach((it, i) => push(c, it, { kind: 'item', blockId: b.id, id: b.items[i]!.id }, place));
      }
    } else if (b.type === 'section') section(b, place, c);
    else problem(b, place, c);
  }
}

function section(s: SectionBlock, place: string[], c: Ctx): void {
  const heading = [...fixed(c.numbering.get(s.id) ?? '', '序号'), ...inlinePieces(s.heading, { blockId: s.id, slot: 'heading' }, c.rc)];
  const here = [...place, textOf(heading)];
  const [first, ...rest] = s.children;
  const runOn: Piece[] | null = !s.runIn ? null
    : first?.type === 'paragraph' ? inlinePieces(first.content, { blockId: first.id, slot: 'content' }, c.rc)
    : first?.type === 'enumeration' && first.layout === 'inline'
      ? [...inlinePieces(first.lead, { blockId: first.id, slot: 'lead' }, c.rc),
        ...first.items.flatMap((it) => [...fixed(c.numbering.get(it.id) ?? '', '序号'), ...inlinePieces(it.content, { blockId: first.id, slot: `item:${it.id}` }, c.rc)])]
      : null;
  if (runOn !== null) {
    push(c, [...heading, ...runOn], { kind: 'heading', blockId: s.id, id: s.id }, place, true);
    blocks(rest, here, c);
    return;
  }
  push(c, heading, { kind: 'heading', blockId: s.id, id: s.id }, place);
  blocks(s.children, here, c);
}

function problem(p: ProblemBlock, place: string[], c: Ctx): void {
  const ord = fixed(c.numbering.get(p.id) ?? '', '序号');
  const title = inlinePieces(p.title, { blockId: p.id, slot: 'title' }, c.rc);
  const titleText = inlineText(p.title, c.rc);
  const measures = p.measures.map((m) => [
    ...fixed(c.numbering.get(m.id) ?? '', '序号'),
    ...inlinePieces(m.content, { blockId: p.id, slot: `measure:${m.id}` }, c.rc),
  ]);
  const status: Piece[] = p.statusPhrase ? [{ kind: 'status', text: p.statusPhrase, problemId: p.id }, ...fixed('。', '标点')] : [];
  const here = [...place, textOf([...ord, ...title])];
  const unitP = { kind: 'problem' as const, blockId: p.id, id: p.id };
  const unitM = (i: number) => ({ kind: 'measure' as const, blockId: p.id, id: p.measures[i]!.id });
  if (p.form === 'inline') {
    const head = status.length ? [...ord, ...title, ...fixed('，', '标点'), ...status]
      : [...ord, ...title, ...fixed(END_PUNCT.test(titleText) || !titleText ? '' : '。', '标点')];
    if (p.measureLayout === 'inline') push(c, [...head, ...measures.flat()], unitP, place);
    else {
      push(c, head, unitP, place);
      measures.forEach((m, i) => push(c, m, unitM(i), here));
    }
  } else {
    push(c, [...ord, ...title], unitP, place, true);
    const label = fixed(p.measuresLabel ? `${p.measuresLabel}：` : '', '标签');
    if (p.measureLayout === 'inline' || measures.length === 0) push(c, [...label, ...status, ...measures.flat()], measures.length ? unitM(0) : unitP, here);
    else {
      push(c, [...label, ...status, ...measures[0]!], unitM(0), here);
      measures.slice(1).forEach((m, i) => push(c, m, unitM(i + 1), here));
    }
  }
  blocks(p.children, here, c);
}

/** The exported paragraphs of a draft with their bookmark names and pieces, in document order. */
export function baseParts(draft: Draft): BasePart[] {
  const printed = toPrinted(draft);
  const keys = anchorKeys(printed);
  const rc: ResolveContext = { draft, counts: computeCounts(draft.body) };
  const c: Ctx = { rc, numbering: draftNumbering(draft), paras: [] };
  blocks(draft.body, [], c);
  const field = (key: 'title' | 'signer' | 'docDate', kind: 'title' | 'signer' | 'date'): Ctx['paras'][number] => ({
    pieces: [{ kind: 'field', text: fieldText(draft, key), slot: { blockId: '', slot: `field:${key}` }, inline: 0, key }],
    unit: { kind, blockId: null, id: null },
    place: [],
  });
  const paras = [
    ...(fieldText(draft, 'title') ? [field('title', 'title')] : []),
    ...c.paras,
    ...(fieldText(draft, 'signer') ? [field('signer', 'signer')] : []),
    ...(fieldText(draft, 'docDate') ? [field('docDate', 'date')] : []),
  ];
  return printed.map((p, i) => {
    const text = p.runs.map((r) => r.text).join('');
    const mine = paras[i];
    // Pieces that do not add up to the printed text (a layout printed.ts gained later) are not editable piecewise.
    const pieces = mine && textOf(mine.pieces) === text ? withOffsets(mine.pieces) : [{ kind: 'fixed', text, what: '段落' } as Piece];
    return {
      name: bookmarkName(keys[i]!),
      sourceId: p.sourceId ?? null,
      text,
      pieces,
      place: mine?.place ?? [],
      unit: mine?.unit ?? { kind: 'paragraph', blockId: p.sourceId ?? null, id: p.sourceId ?? null },
    };
  });
}

/** Each piece's start offset in its paragraph, kept on text pieces only where it is needed (see apply). */
function withOffsets(ps: Piece[]): Piece[] {
  let at = 0;
  return ps.map((p) => {
    const q = p.kind === 'text' ? { ...p, offset: at } : p;
    at += p.text.length;
    return q;
  });
}

/**
 * A deletion that runs across computed ordinals is still applicable when it removes whole measures or enumeration
 * items (their ordinal with all their text): returns those slots, or null when it cuts into other computed text.
 */
export function wholeSlotsDeleted(part: BasePart, from: number, to: number): Slot[] | null {
  const spans: { p: Piece; s: number; e: number }[] = [];
  let at = 0;
  for (const p of part.pieces) {
    spans.push({ p, s: at, e: at + p.text.length });
    at += p.text.length;
  }
  const out: Slot[] = [];
  for (let i = 0; i < spans.length; i++) {
    const { p, s, e } = spans[i]!;
    if (p.kind !== 'fixed' || !(from < e && to > s)) continue;
    if (p.what !== '序号' || s < from || e > to) return null;
    // The ordinal's own slot: every piece up to the next fixed piece must go too.
    const slot = spans.slice(i + 1).find((x) => x.p.kind !== 'fixed')?.p;
    if (!slot || slot.kind === 'fixed' || slot.kind === 'status') return null;
    const own = spans.filter((x) => x.p.kind !== 'fixed' && x.p.kind !== 'status' && x.p.slot.slot === slot.slot.slot && x.p.slot.blockId === slot.slot.blockId);
    if (own.some((x) => x.s < from || x.e > to)) return null;
    if (!slot.slot.slot.startsWith('measure:') && !slot.slot.slot.startsWith('item:')) return null;
    out.push(slot.slot);
  }
  return out;
}
