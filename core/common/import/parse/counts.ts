// Counts stated in prose ("7个方面58个具体问题", "71项整改措施") become CountRefs that keep what the text said.
import type { CountKey } from '../../model/types';
import type { Span } from './inlines';

const RULES: { re: RegExp; key: CountKey }[] = [
  { re: /(\d+)个方面/dg, key: 'aspects' },
  // Problems only where the text speaks of the inspection's findings, not "发现13个问题" inside a measure.
  { re: /(?:方面|反馈(?:的|了)?|指出(?:的|了)?|提出(?:的|了)?|交办(?:的|了)?|移交(?:的|了)?|共|存在)\s*(?:共)?(\d+)(?:个|项|条)(?:具体|突出)?问题/dg, key: 'problems' },
  { re: /(\d+)(?:项|条)(?:具体)?整改措施|整改措施(\d+)(?:项|条)/dg, key: 'measures' },
  { re: /(\d+)(?:个问题类别|类问题)/dg, key: 'categories' },
];

export function countSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { re, key } of RULES) {
    for (const m of text.matchAll(re)) {
      const g = m[1] !== undefined ? 1 : 2;
      const range = m.indices?.[g];
      if (!range) continue;
      spans.push({ at: range[0], len: range[1] - range[0], inline: { t: 'count', key, stated: Number(m[g]) } });
    }
  }
  return spans;
}
