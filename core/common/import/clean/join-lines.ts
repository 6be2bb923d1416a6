// Rejoins paragraphs broken across lines (hard-wrapped copies, a stray line break after a comma).
import { MEASURES_LABEL_WORDS, leadingOrdinal, leadingParen, leadingShi } from '../parse/ordinals';

const LABEL_START = new RegExp(`^(${MEASURES_LABEL_WORDS}[：:]|欢迎广大|特此|附件[：:])`);
const BARE_LABEL = new RegExp(`${MEASURES_LABEL_WORDS}[：:]$`);
import type { TextLine } from './chrome';

const MID_SENTENCE_END = /[，、（“‘《—：:]$/;
const SENTENCE_END = /[。！？；…”’）》]$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** A line that begins a new paragraph whatever came before. */
export function startsBlock(text: string): boolean {
  return (
    leadingOrdinal(text) !== null ||
    leadingShi(text) !== null ||
    leadingParen(text) !== null ||
    DATE_LINE.test(text) ||
    LABEL_START.test(text)
  );
}

/** The most common line length when at least a third of long lines share it: the width of a hard-wrapped text. */
function wrapWidth(lines: TextLine[]): number | null {
  const lengths = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    if (l.text.length < 15) continue;
    long++;
    lengths.set(l.text.length, (lengths.get(l.text.length) ?? 0) + 1);
  }
  let best = 0;
  let width = 0;
  for (const [len, n] of lengths) {
    const near = n + (lengths.get(len - 1) ?? 0) + (lengths.get(len + 1) ?? 0);
    if (near > best) {
      best = near;
      width = len;
    }
  }
  return long >= 6 && best >= Math.max(5, long / 2) ? width : null;
}

/**
 * `blankSeparated`: the source separates paragraphs with blank lines, so consecutive lines belong together
 * unless the next one starts a block.
 */
export function joinBrokenLines(lines: TextLine[], blankSeparated: boolean[]): TextLine[] {
  const width = wrapWidth(lines);
  const out: TextLine[] = [];
  lines.forEach((l, i) => {
    const prev = out[out.length - 1];
    if (prev && i > 0 && shouldJoin(prev.text, l.text, width, blankSeparated[i] ?? false)) {
      prev.text += l.text;
    } else out.push({ ...l });
  });
  return out;
}

function shouldJoin(prev: string, next: string, width: number | null, glued: boolean): boolean {
  if (DATE_LINE.test(next) || DATE_LINE.test(prev)) return false;
  const headingLike = leadingOrdinal(prev) !== null && prev.length <= 40 && !SENTENCE_END.test(prev);
  if (/[，：:]$/.test(prev) && leadingShi(next) === 1) return true;
  if (/[：:]$/.test(prev) && /^（1）/.test(next) && BARE_LABEL.test(prev)) return true;
  if (startsBlock(next)) return false;
  if (MID_SENTENCE_END.test(prev)) return true;
  if (SENTENCE_END.test(prev) || headingLike || /(通报|报告|总结|计划|意见|通知|方案)$/.test(prev)) return false;
  if (glued && prev.length >= 20) return true;
  return width !== null && prev.length >= width - 1;
}
