// Cleaning: from pasted or decoded text to trimmed paragraph lines, with web chrome and broken lines repaired.
import { type TextLine, stripChrome } from './chrome';
import { normaliseFullWidthAscii, normaliseInvisible, normaliseLookalikes } from './chars';
import { joinBrokenLines } from './join-lines';
import { normalisePunctuationLine } from './punctuation';
import { splitFlatLines } from './split-flat';

export type { TextLine } from './chrome';

export interface CleanResult {
  lines: TextLine[];
  /** Chrome lines dropped, for the report. */
  removed: TextLine[];
  /** True when the text was one long line and paragraph breaks were restored. */
  unflattened: boolean;
}

const TRIM = /^[\s\u3000]+|[\s\u3000]+$/g;

export function cleanText(input: string): CleanResult {
  const text = normaliseLookalikes(normaliseFullWidthAscii(normaliseInvisible(input)));
  const raw = text.split('\n');
  const lines: TextLine[] = [];
  const glued: boolean[] = [];
  let blanks = 0;
  let prevBlank = true;
  raw.forEach((r, i) => {
    const t = normalisePunctuationLine(r.replace(TRIM, '').replace(/ {2,}/g, ' '));
    if (!t) {
      blanks++;
      prevBlank = true;
      return;
    }
    lines.push({ text: t, line: i + 1 });
    glued.push(!prevBlank);
    prevBlank = false;
  });
  const blankSeparated = blanks >= lines.length * 0.6 && lines.length > 3;
  const chrome = stripChrome(lines);
  const keptGlued = chrome.lines.map((l) => blankSeparated && glued[lines.indexOf(l)] === true);
  const flat = splitFlatLines(chrome.lines);
  const joined = joinBrokenLines(flat.lines, flat.split ? flat.lines.map(() => false) : keptGlued);
  return { lines: joined, removed: chrome.removed, unflattened: flat.split };
}
