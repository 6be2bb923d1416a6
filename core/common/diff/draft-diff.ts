// Differences between two states of a draft, paragraph by paragraph (as printed) and, inside a changed paragraph,
// character by character — what the version history shows.
import { diffArrays } from 'diff';
import type { Draft } from '../model/types';
import { printedText, toPrinted } from '../render/printed';
import { type TextSpan, diffText, similarity } from './text-diff';

export interface ParagraphChange {
  kind: 'same' | 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
  /** Character spans for 'changed' (equal/delete/insert); absent otherwise. */
  spans?: TextSpan[];
}

export interface DiffStats {
  same: number;
  added: number;
  removed: number;
  changed: number;
  charsInserted: number;
  charsDeleted: number;
}

export interface DraftDiff {
  paragraphs: ParagraphChange[];
  stats: DiffStats;
}

/** Paragraphs below this likeness are shown as one removed and one added rather than as a rewrite. */
const PAIR_THRESHOLD = 0.35;
/** Above this many removed × added paragraphs in one hunk, pairing is positional (keeps the DP bounded). */
const MAX_PAIRING_CELLS = 10_000;

export function draftParagraphs(draft: Draft): string[] {
  return toPrinted(draft).map(printedText);
}

export function diffDrafts(before: Draft, after: Draft): DraftDiff {
  return diffParagraphs(draftParagraphs(before), draftParagraphs(after));
}

export function diffParagraphs(before: string[], after: string[]): DraftDiff {
  const out: ParagraphChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    out.push(...pairHunk(removed, added));
    removed = [];
    added = [];
  };
  for (const c of diffArrays(before, after)) {
    if (c.removed) removed.push(...c.value);
    else if (c.added) added.push(...c.value);
    else {
      flush();
      for (const p of c.value) out.push({ kind: 'same', before: p, after: p });
    }
  }
  flush();
  return { paragraphs: out, stats: stats(out) };
}

/** Aligns removed and added paragraphs of one hunk, keeping order, maximising total likeness (an LCS-style DP). */
function pairHunk(removed: string[], added: string[]): ParagraphChange[] {
  const m = removed.length;
  const n = added.length;
  if (m === 0 || n === 0 || m * n > MAX_PAIRING_CELLS) {
    return positional(removed, added);
  }
  const sim = removed.map((r) => added.map((a) => similarity(r, a)));
  // best[i][j]: best total for removed[i..], added[j..]
  const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= PAIR_THRESHOLD ? s + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const out: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    const s = sim[i]![j]!;
    if (s >= PAIR_THRESHOLD && best[i]![j] === s + best[i + 1]![j + 1]!) {
      out.push(changed(removed[i++]!, added[j++]!));
    } else if (best[i]![j] === best[i + 1]![j]) {
      out.push({ kind: 'removed', before: removed[i++]!, after: null });
    } else {
      out.push({ kind: 'added', before: null, after: added[j++]! });
    }
  }
  while (i < m) out.push({ kind: 'removed', before: removed[i++]!, after: null });
  while (j < n) out.push({ kind: 'added', before: null, after: added[j++]! });
  return out;
}

function positional(removed: string[], added: string[]): ParagraphChange[] {
  return [
    ...removed.map((p): ParagraphChange => ({ kind: 'removed', before: p, after: null })),
    ...added.map((p): ParagraphChange => ({ kind: 'added', before: null, after: p })),
  ];
}

function changed(before: string, after: string): ParagraphChange {
  return { kind: 'changed', before, after, spans: diffText(before, after) };
}

function stats(ps: ParagraphChange[]): DiffStats {
  const s: DiffStats = { same: 0, added: 0, removed: 0, changed: 0, charsInserted: 0, charsDeleted: 0 };
  for (const p of ps) {
    s[p.kind]++;
    if (p.kind === 'added') s.charsInserted += [...p.after!].length;
    if (p.kind === 'removed') s.charsDeleted += [...p.before!].length;
    for (const sp of p.spans ?? []) {
      if (sp.op === 'insert') s.charsInserted += [...sp.text].length;
      if (sp.op === 'delete') s.charsDeleted += [...sp.text].length;
    }
  }
  return s;
}
