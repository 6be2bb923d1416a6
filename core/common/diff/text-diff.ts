// Character-level diff of one paragraph. Chinese has no spaces, so words cannot be the unit; raw character diffs
// scatter one-character "equal" crumbs through a rewritten phrase, which the cleanup folds back into the change.
import { diffChars } from 'diff';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface TextSpan {
  op: DiffOp;
  text: string;
}

interface Cluster {
  eq: string; // equal text before the change
  del: string;
  ins: string;
}

/** Spans that rebuild `before` (equal + delete) and `after` (equal + insert); within a change, delete comes first. */
export function diffText(before: string, after: string): TextSpan[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const clusters: Cluster[] = [{ eq: '', del: '', ins: '' }];
  for (const c of diffChars(before, after)) {
    let last = clusters[clusters.length - 1]!;
    if (c.added) last.ins += c.value;
    else if (c.removed) last.del += c.value;
    else {
      if (last.del || last.ins) clusters.push((last = { eq: '', del: '', ins: '' }));
      last.eq += c.value;
    }
  }
  foldCrumbs(clusters);
  const out: TextSpan[] = [];
  for (const c of clusters) {
    if (c.eq) out.push({ op: 'equal', text: c.eq });
    if (c.del) out.push({ op: 'delete', text: c.del });
    if (c.ins) out.push({ op: 'insert', text: c.ins });
  }
  return out;
}

/**
 * An equal run of at most two characters between two changes that are each at least as long as it is noise ("加强学习" →
 * "强化培训" keeps a lone 强): merge it into both sides of one larger change. Repeats until stable.
 */
function foldCrumbs(cs: Cluster[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < cs.length; i++) {
      const prev = cs[i - 1]!;
      const cur = cs[i]!;
      const eqLen = [...cur.eq].length;
      const prevLen = Math.max([...prev.del].length, [...prev.ins].length);
      const curLen = Math.max([...cur.del].length, [...cur.ins].length);
      const hasChange = (c: Cluster) => c.del !== '' || c.ins !== '';
      if (hasChange(prev) && hasChange(cur) && eqLen <= 2 && eqLen <= prevLen && eqLen <= curLen) {
        prev.del += cur.eq + cur.del;
        prev.ins += cur.eq + cur.ins;
        cs.splice(i, 1);
        changed = true;
        break;
      }
    }
  }
}

/** Dice coefficient over character bigrams: a cheap 0–1 likeness used to pair a rewritten paragraph with its old form. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ca = [...a];
  const cb = [...b];
  if (ca.length < 2 || cb.length < 2) return ca.length && cb.length && (a.includes(b) || b.includes(a)) ? 0.5 : 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < ca.length - 1; i++) {
    const g = ca[i]! + ca[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < cb.length - 1; i++) {
    const g = cb[i]! + cb[i + 1]!;
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (ca.length - 1 + cb.length - 1);
}
