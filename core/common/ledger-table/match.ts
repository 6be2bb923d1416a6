// Matching table rows to the draft's problems: by the id a Qicao workbook carries, else by text similarity
// (character bigrams, one-to-one, best pairs first), so a unit's reworded or copied row still finds its problem.
import { BigramIndex } from '../checks/similarity';
import { plainInline } from '../model/fields';
import type { ProblemBlock } from '../model/types';

export const TEXT_MATCH_MIN = 0.55;

export interface RowMatch {
  problem: ProblemBlock;
  by: 'id' | 'text';
  score: number;
}

/** A title index built only when some row needs matching by text, and once for many files. */
export function lazyTitleIndex(problems: ProblemBlock[]): () => BigramIndex {
  let index: BigramIndex | null = null;
  return () => (index ??= new BigramIndex(problems.map((p) => plainInline(p.title))));
}

/** For each row (by position), its problem or null; no problem is matched twice. */
export function matchRows(
  rows: { id?: string; problem: string }[], problems: ProblemBlock[], titles: () => BigramIndex = lazyTitleIndex(problems),
): (RowMatch | null)[] {
  const out: (RowMatch | null)[] = rows.map(() => null);
  const byId = new Map(problems.map((p) => [p.id, p]));
  const taken = new Set<string>();
  rows.forEach((r, i) => {
    const p = r.id ? byId.get(r.id) : undefined;
    if (p && !taken.has(p.id)) {
      out[i] = { problem: p, by: 'id', score: 1 };
      taken.add(p.id);
    }
  });
  const candidates: { row: number; problem: number; score: number }[] = [];
  rows.forEach((r, i) => {
    if (out[i] || !r.problem) return;
    const best = titles().best(r.problem, TEXT_MATCH_MIN);
    if (best) candidates.push({ row: i, problem: best.index, score: best.score });
  });
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    const p = problems[c.problem]!;
    if (out[c.row] || taken.has(p.id)) continue;
    out[c.row] = { problem: p, by: 'text', score: c.score };
    taken.add(p.id);
  }
  return out;
}
