// The review as the clerk reads it: changes and comments grouped by where they land, in document order.
import type { Review, ReviewChange, ReviewComment } from './types';

export interface ReviewGroup {
  key: string;
  /** 二、… › （一）… › 1.… › （3）… (empty: the title and preamble). */
  place: string[];
  /** The exported paragraph the first item lands on, for context. */
  part: number;
  changes: ReviewChange[];
  comments: ReviewComment[];
}

export function groupReview(r: Review): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  const at = (place: string[], part: number) => {
    const key = place.join(' › ');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, place, part, changes: [], comments: [] }));
    g.part = Math.min(g.part, part);
    return g;
  };
  for (const c of r.changes) at(c.place, c.part).changes.push(c);
  for (const c of r.comments) at(c.place, c.part).comments.push(c);
  return [...groups.values()].sort((a, b) => a.part - b.part);
}

/** "2026-03-02T09:15:00Z" → "2026-03-02 09:15" (the file's time as written). */
export function shortTime(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : '';
}
