// Highlighted snippets for search results: windows of a paragraph around the hits, with mark ranges (not markup),
// so the UI renders <mark> itself and never injects HTML.

export interface MarkRange {
  /** UTF-16 offsets into the snippet (or title) text. */
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  marks: MarkRange[];
}

/** Every occurrence of any term (ASCII case-insensitive), merged where they overlap or touch; sorted. */
export function findRanges(text: string, terms: string[]): MarkRange[] {
  const hay = text.toLowerCase();
  const raw: MarkRange[] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    if (!needle) continue;
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) raw.push({ start: i, end: i + needle.length });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MarkRange[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export interface SnippetOptions {
  /** Characters of context on each side of a hit. */
  radius?: number;
  maxSnippets?: number;
}

/** Snippets stay inside one paragraph (line of `text`) and are marked with … where they cut it. */
export function makeSnippets(text: string, terms: string[], opts: SnippetOptions = {}): Snippet[] {
  const radius = opts.radius ?? 36;
  const max = opts.maxSnippets ?? 3;
  const ranges = findRanges(text, terms);
  const out: Snippet[] = [];
  let i = 0;
  while (i < ranges.length && out.length < max) {
    const first = ranges[i]!;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const nl = text.indexOf('\n', first.end);
    const lineEnd = nl === -1 ? text.length : nl;
    const from = Math.max(lineStart, first.start - radius);
    let to = Math.min(lineEnd, first.end + radius);
    const marks: MarkRange[] = [];
    const lead = from > lineStart ? '…' : '';
    while (i < ranges.length && ranges[i]!.start < to && ranges[i]!.end <= lineEnd) {
      const r = ranges[i]!;
      to = Math.max(to, Math.min(lineEnd, r.end + Math.floor(radius / 2)));
      marks.push({ start: r.start - from + lead.length, end: r.end - from + lead.length });
      i++;
    }
    if (marks.length === 0) {
      i++;
      continue;
    }
    out.push({ text: lead + text.slice(from, to) + (to < lineEnd ? '…' : ''), marks });
  }
  return out;
}
