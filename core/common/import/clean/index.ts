// Cleaning: from pasted or decoded text to trimmed paragraph lines, with web chrome and broken lines repaired.
import { type TextLine, isChromeLine, stripChrome } from './chrome';
import { normaliseFullWidthAscii, normaliseInvisible, normaliseLookalikes } from './chars';
import { markedAnnotations, stripPinyinAnnotations } from './traditional';
import { joinBrokenLines, rawLength, wrapWidth } from './join-lines';
import { normalisePunctuationLine } from './punctuation';
import { splitFlatLines } from './split-flat';

export type { TextLine } from './chrome';

export interface CleanResult {
  lines: TextLine[];
  /** Chrome lines dropped, for the report. */
  removed: TextLine[];
  /** True when the text was one long line and paragraph breaks were restored. */
  unflattened: boolean;
  /** Pinyin annotations left by a converter ("根據(jù)"), removed. */
  pinyinRemoved: number;
}

const TRIM = /^[\s\u3000]+|[\s\u3000]+$/g;

export function cleanText(input: string): CleanResult {
  const text = normaliseLookalikes(normaliseFullWidthAscii(normaliseInvisible(input)));
  const raw = text.split('\n');
  const lines: TextLine[] = [];
  const glued: boolean[] = [];
  let blanks = 0;
  let prevBlank = true;
  // Converter pinyin goes first; each line keeps the width it had, so a hard-wrapped line stays as wide as the others.
  const py = stripPinyinAnnotations(raw.join('\n'), markedAnnotations(text));
  const stripped = py.text.split('\n');
  raw.forEach((r0, i) => {
    const r = stripped[i] ?? '';
    const dropped = r0.length - r.length;
    const t = normalisePunctuationLine(r.replace(TRIM, '').replace(/ {2,}/g, ' '));
    if (!t) {
      blanks++;
      prevBlank = true;
      return;
    }
    const space = /^[\s\u3000]*/.exec(r)![0];
    // One ASCII space at a line start is where a hard wrap cut a phrase ("抓党建 " / " 强管理"), not an indent.
    const lead = space === ' ' ? 0 : space.length;
    const width = dropped + (space === ' ' ? 1 : 0);
    lines.push({ text: t, line: i + 1, ...(lead > 0 ? { indent: lead } : {}), ...(width > 0 ? { dropped: width } : {}) });
    glued.push(!prevBlank);
    prevBlank = false;
  });
  const blankSeparated = blanks >= lines.length * 0.6 && lines.length > 3;
  const width = wrapWidth(lines);
  const chrome = stripChrome(lines, (l) => width !== null && rawLength(l) >= width - 2 && l.text.length > 20);
  const keptGlued = chrome.lines.map((l) => blankSeparated && glued[lines.indexOf(l)] === true);
  const flat = splitFlatLines(chrome.lines);
  const joined = joinBrokenLines(flat.lines, flat.split ? flat.lines.map(() => false) : keptGlued);
  // A flat notice that was also hard-wrapped is one long line only once its lines are joined.
  const again = flat.split ? { lines: joined, split: false } : splitFlatLines(joined);
  const body = again.lines.filter((l) => !isChromeLine(l.text));
  const removed = [...chrome.removed, ...again.lines.filter((l) => isChromeLine(l.text))];
  return { lines: body, removed, unflattened: flat.split || again.split, pinyinRemoved: py.removed };
}
