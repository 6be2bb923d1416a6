// 雷同: inspectors list "总结雷同，仅更新一些统计数据" as a problem (DESIGN.md §1). A paragraph (nearly) identical to
// one of the same unit's previous-year draft — numbers aside — is flagged with last year's text as the excerpt.
import { computeCounts } from '../../model/counts';
import { collectUnits } from '../text-units';
import type { Draft } from '../../model/types';
import { BigramIndex, normalizeForSimilarity } from '../similarity';
import type { Rule, TextUnit } from '../types';

export const SIMILAR = 0.9;
/** Short texts (headings, "整改情况") repeat by nature. */
const MIN_CHARS = 20;

export function comparableUnits(units: TextUnit[]): TextUnit[] {
  return units.filter((u) => {
    if (u.kind !== 'prose') return false;
    const role = u.block?.type === 'paragraph' ? u.block.role : undefined;
    // The 监督联系段 is the same every year by design.
    if (role === 'contact' || role === 'closing') return false;
    return normalizeForSimilarity(u.text).length >= MIN_CHARS;
  });
}

/** Last year's comparable paragraphs, indexed once per draft. */
const cache = new WeakMap<Draft, { units: TextUnit[]; index: BigramIndex }>();
export function previousIndex(previous: Draft): { units: TextUnit[]; index: BigramIndex } {
  let c = cache.get(previous);
  if (!c) {
    const units = comparableUnits(collectUnits(previous, computeCounts(previous.body)));
    c = { units, index: new BigramIndex(units.map((u) => u.text)) };
    cache.set(previous, c);
  }
  return c;
}

const clip = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n)}…` : s);

export const similarityParagraph: Rule = {
  id: 'similarity.paragraph',
  severity: 'warning',
  name: '与上年雷同',
  draft: ({ units, previous }, report) => {
    if (!previous) return;
    const prev = previousIndex(previous);
    const year = previous.fields.year || previous.fields.docDate?.slice(0, 4) || '上年';
    for (const u of comparableUnits(units)) {
      const best = prev.index.best(u.text, SIMILAR);
      if (!best) continue;
      const old = prev.units[best.index]!.text;
      const same = old === u.text;
      const numbersOnly = !same && normalizeForSimilarity(old) === normalizeForSimilarity(u.text);
      report({
        unit: u, start: 0, end: u.text.length, allowLocked: true, key: old,
        message: same
          ? `此段与${year}年稿的一段完全相同，请结合本年度工作重新撰写。`
          : numbersOnly
            ? `此段与${year}年稿的一段相比只改了数字（“总结雷同，仅更新统计数据”），请结合本年度工作重新撰写。`
            : `此段与${year}年稿的一段高度相似（相似度${Math.round(best.score * 100)}%），请结合本年度工作重新撰写。`,
        excerpt: clip(old),
      });
    }
  },
};
