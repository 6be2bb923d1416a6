// Builds inline content from text with spans replaced by field or count references.
import type { Inline } from '../../model/types';

export interface Span {
  at: number;
  len: number;
  inline: Inline;
}

/** Non-overlapping spans (first come, first kept) replaced in `text`. */
export function withSpans(text: string, spans: Span[]): Inline[] {
  const kept: Span[] = [];
  for (const s of spans) {
    if (s.at < 0 || kept.some((k) => s.at < k.at + k.len && k.at < s.at + s.len)) continue;
    kept.push(s);
  }
  kept.sort((a, b) => a.at - b.at);
  const out: Inline[] = [];
  let pos = 0;
  for (const s of kept) {
    if (s.at > pos) out.push({ t: 'text', text: text.slice(pos, s.at) });
    out.push(s.inline);
    pos = s.at + s.len;
  }
  if (pos < text.length) out.push({ t: 'text', text: text.slice(pos) });
  return out;
}
