// Character-bigram Dice similarity for Chinese paragraphs (word segmentation is not needed: two 汉字 carry meaning),
// with an inverted index so a putian-size draft is compared against last year's in a few milliseconds.

/** Digits become one symbol: a paragraph with only its numbers updated still counts as the same paragraph. */
export function normalizeForSimilarity(text: string): string {
  return text.replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g, '#').replace(/[\s\p{P}\p{S}]/gu, '');
}

export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export interface Match {
  index: number;
  score: number;
}

export class BigramIndex {
  private readonly sets: Set<string>[];
  private readonly postings = new Map<string, number[]>();

  constructor(texts: string[]) {
    this.sets = texts.map((t) => bigrams(normalizeForSimilarity(t)));
    this.sets.forEach((set, i) => {
      for (const g of set) {
        let list = this.postings.get(g);
        if (!list) this.postings.set(g, (list = []));
        list.push(i);
      }
    });
  }

  /** The most similar indexed text, if any reaches `min`. */
  best(text: string, min: number): Match | null {
    const q = bigrams(normalizeForSimilarity(text));
    if (!q.size) return null;
    const shared = new Map<number, number>();
    for (const g of q) for (const i of this.postings.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: Match | null = null;
    for (const [i, n] of shared) {
      const score = (2 * n) / (q.size + this.sets[i]!.size);
      if (score >= min && (!best || score > best.score)) best = { index: i, score };
    }
    return best;
  }
}
