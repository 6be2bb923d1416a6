// Numbering is computed from position (DESIGN.md §3): 一、（一）1.（1） by heading level, 一是 and （1） for runs.
import { toChineseNumeral, toCircled } from './numerals';
import type { Block, Draft } from './types';

/** The ordinal of a heading at level 1–4 per GB/T 9704 7.3.3 (full-width brackets, half-width "1."). */
export function headingOrdinal(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(n)}、`;
    case 2:
      return `（${toChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
    default:
      return toCircled(n);
  }
}

/** 一是 … 十是 十一是 … ; the marker for enumerations and measures in "shi" style. */
export function shiOrdinal(n: number): string {
  return `${toChineseNumeral(n)}是`;
}

export function parenOrdinal(n: number): string {
  return `（${n}）`;
}

export function runOrdinal(style: 'shi' | 'paren', n: number): string {
  return style === 'shi' ? shiOrdinal(n) : parenOrdinal(n);
}

/** Ordinals keyed by block id, measure id and enumeration item id; absent = unnumbered. */
export type Numbering = Map<string, string>;

type Counters = Map<number, number>;

/** `firstLevel`: the heading level of the top blocks (DraftOptions.firstHeadingLevel). */
export function computeNumbering(body: Block[], firstLevel = 1): Numbering {
  const out: Numbering = new Map();
  numberList(body, firstLevel, null, out);
  return out;
}

/** The numbering of a whole draft, honouring its first heading level. */
export function draftNumbering(draft: Pick<Draft, 'body' | 'options'>): Numbering {
  return computeNumbering(draft.body, draft.options?.firstHeadingLevel ?? 1);
}

function numberList(blocks: Block[], level: number, shared: Counters | null, out: Numbering): void {
  let local = 0;
  const inlineProblems = blocks.filter((b) => b.type === 'problem' && b.form === 'inline');
  let inlineIndex = 0;
  const next = (): number => {
    if (shared && level >= 3) {
      const n = (shared.get(level) ?? 0) + 1;
      shared.set(level, n);
      return n;
    }
    return ++local;
  };
  for (const b of blocks) {
    if (b.type === 'section') {
      if (b.numbered !== false) out.set(b.id, headingOrdinal(level, next()));
      const scope = shared ?? (b.continuousNumbering ? new Map<number, number>() : null);
      numberList(b.children, level + 1, scope, out);
    } else if (b.type === 'problem') {
      if (b.form === 'heading') out.set(b.id, headingOrdinal(level, next()));
      else if (inlineProblems.length > 1) out.set(b.id, shiOrdinal(++inlineIndex));
      if (b.measures.length > 1) b.measures.forEach((m, i) => out.set(m.id, runOrdinal(b.measureStyle, i + 1)));
      numberList(b.children, level + 1, shared, out);
    } else if (b.type === 'enumeration') {
      if (b.items.length > 1) b.items.forEach((it, i) => out.set(it.id, runOrdinal(b.style, i + 1)));
    }
  }
}
