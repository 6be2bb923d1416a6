// Scanning helpers the rules share: a global regex over a text, capture offsets, clause starts.

export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    yield m;
    if (m[0].length === 0) g.lastIndex++;
  }
}

/** The offset of capture group `n` (needs the `d` flag). */
export function groupStart(m: RegExpExecArray, n: number): number {
  return m.indices?.[n]?.[0] ?? m.index;
}

/** Inside a start-of-unit position or just after the end of a sentence/clause (where typed ordinals stand). */
export function atClauseStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\u3000' || text[j] === '\u00a0')) j--;
  return j < 0 || '。；;：:！？!?'.includes(text[j]!);
}
