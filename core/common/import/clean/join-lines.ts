// Rejoins paragraphs broken across lines (hard-wrapped copies from a PDF, a stray line break after a comma).
import { toChineseNumeral } from '../../model/numerals';
import { MEASURES_LABEL_WORDS, leadingOrdinal, leadingParen, leadingShi } from '../parse/ordinals';
import type { TextLine } from './chrome';

const LABEL_START = new RegExp(`^(${MEASURES_LABEL_WORDS}[：:]|欢迎广大|特此|附件[：:])`);
const BARE_LABEL = new RegExp(`${MEASURES_LABEL_WORDS}[：:]$`);

const MID_SENTENCE_END = /[，、（“‘《—：:]$/;
const SENTENCE_END = /[。！？；…”’）》]$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const DATE_OR_HAN_DATE = /^(?:\d{4}|[〇零Oo○◯0一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;
const SIGNER_AND_DATE = /^[^。；，]{3,40}?[\s\u3000]+(?:\d{4}|[〇零Oo○◯0一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;
/** One item of a contact block a line ("通信地址：…" / "邮编：…"). */
const CONTACT_LABEL = /^(联系电话|举报电话|监督电话|电话|邮政信箱|通信地址|通讯地址|邮编|邮政编码|电子邮箱|电子信箱|邮箱)[：:]/;
const TITLE_END = /(通报|报告|总结|计划|意见|通知|方案)$/;

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

/**
 * Markers that also run inside a paragraph ("一是…二是…", "（1）…（2）…"), which a wrap may put at a line start: they
 * continue the paragraph when it holds the marker before them (or they are the first).
 */
function continuesRun(joined: string, text: string, lastParenStart: number | null): boolean {
  const shi = leadingShi(text);
  if (shi !== null) return shi === 1 || joined.includes(`${toChineseNumeral(shi - 1)}是`);
  const paren = leadingParen(text);
  if (paren === null || leadingOrdinal(text)?.form !== 'arabicParen') return false;
  // "（3）" after paragraphs that began "（1）" "（2）" is the next heading of that sequence.
  if (lastParenStart === paren - 1) return false;
  // A run may leave out its "（1）" ("完善制度规定。…（2）严格执行预算。").
  return paren <= 2 || joined.includes(`（${paren - 1}）`);
}

export const rawLength = (l: TextLine): number => l.text.length + (l.indent ?? 0) + (l.dropped ?? 0);

/**
 * The width of a hard-wrapped text: the greatest line length that several lines reach and almost none exceed (a
 * paragraph's last line is shorter; digits and Latin letters let a PDF line hold a few more characters).
 */
export function wrapWidth(lines: TextLine[]): number | null {
  const lengths = lines.map(rawLength).filter((n) => n >= 15);
  const long = lengths.length;
  if (long < 6) return null;
  const max = Math.max(...lengths);
  for (let w = Math.min(max, 120); w >= 20; w--) {
    const near = lengths.filter((n) => n >= w - 2 && n <= w).length;
    const longer = lengths.filter((n) => n > w + 3).length;
    if (longer > long * 0.05) return null;
    if (near >= Math.max(3, long * 0.1)) return w;
  }
  return null;
}

interface JoinContext {
  width: number | null;
  /** The source indents the first line of each paragraph and not the lines that continue it. */
  indentMarks: boolean;
  /** The number of the latest paragraph that began with "（n）" since the last higher heading. */
  lastParenStart: number | null;
}

/**
 * `blankSeparated`: the source separates paragraphs with blank lines, so consecutive lines belong together
 * unless the next one starts a block.
 */
export function joinBrokenLines(lines: TextLine[], blankSeparated: boolean[]): TextLine[] {
  const indented = lines.filter((l) => (l.indent ?? 0) > 0).length;
  const ctx: JoinContext = { width: wrapWidth(lines), indentMarks: false, lastParenStart: null };
  // Indents mark paragraphs only in a wrapped text where some lines (the continuations) have none.
  ctx.indentMarks = ctx.width !== null && indented >= lines.length * 0.15 && indented <= lines.length * 0.85;
  const out: TextLine[] = [];
  let last: TextLine | null = null;
  lines.forEach((l0, i) => {
    const prev = out[out.length - 1];
    let l = l0;
    // "…。（" / "3）民生…": the bracket a wrap left behind goes back to its number.
    if (prev && /[（(]$/.test(prev.text) && /^（?(\d{1,2}|[一二三四五六七八九十]{1,3})）/.test(l.text)) {
      prev.text = prev.text.slice(0, -1);
      if (!l.text.startsWith('（')) l = { ...l, text: `（${l.text}`, dropped: (l.dropped ?? 0) - 1 };
      if (last) last = { ...last, text: last.text.slice(0, -1), dropped: (last.dropped ?? 0) + 1 };
    }
    // The signer stands on its own line above the 成文日期, however full the line before it.
    const beforeDate = (l.text.length <= 40 && !/[。；，]/.test(l.text) && DATE_OR_HAN_DATE.test(lines[i + 1]?.text ?? ''))
      || SIGNER_AND_DATE.test(l.text);
    if (prev && last && i > 0 && shouldJoin(prev.text, last, { ...l, beforeDate }, ctx, blankSeparated[i] ?? false)) {
      prev.text += l.text;
    } else {
      out.push({ ...l });
      const ord = leadingOrdinal(l.text);
      if (ord?.form === 'arabicParen') ctx.lastParenStart = ord.n;
      else if (ord) ctx.lastParenStart = null;
    }
    last = l;
  });
  return out;
}

/** `joined` is the paragraph built so far, `last` the source line that ended it. */
function shouldJoin(joined: string, last: TextLine, nextLine: TextLine & { beforeDate: boolean }, ctx: JoinContext, glued: boolean): boolean {
  const prev = last.text;
  const next = nextLine.text;
  if (DATE_LINE.test(next) || DATE_LINE.test(prev)) return false;
  if (nextLine.beforeDate) return false;
  // An unindented line continues the paragraph; an indented one is judged as in an unwrapped text.
  // The title (near the top, not numbered) ends at 通报/报告…; a paragraph may end a line with 计划 or 方案.
  const titleEnd = last.line <= 6 && TITLE_END.test(joined) && joined.length <= 60 && leadingOrdinal(joined) === null;
  // A contact block written one item a line ("通信地址：…" / "邮编：…"), or after the sentence that invites supervision.
  if (CONTACT_LABEL.test(next) && ((CONTACT_LABEL.test(joined) && !/[；;，]$/.test(prev)) || /[。！？]$/.test(prev))) return false;
  if (ctx.indentMarks && (nextLine.indent ?? 0) === 0 && !titleEnd) return true;
  const headingLike = leadingOrdinal(joined) !== null && joined.length <= 40 && !SENTENCE_END.test(prev);
  if (/[，：:]$/.test(prev) && leadingShi(next) === 1) return true;
  if (/[：:]$/.test(prev) && /^（1）/.test(next) && BARE_LABEL.test(prev)) return true;
  // A line filled to the page width goes on in the next line, unless that one opens a heading after a full stop.
  const full = !ctx.indentMarks && ctx.width !== null && rawLength(last) >= ctx.width - 2;
  if (full && !titleEnd) {
    // "三是针对…的问题，已完成整改。": an inline problem opens its own paragraph.
    if (SENTENCE_END.test(prev) && /^[一二三四五六七八九十]{1,3}是针对/.test(next)) return false;
    if (leadingShi(next) !== null || leadingParen(next) !== null) return continuesRun(joined, next, ctx.lastParenStart);
    // A whole line naming a problem after a full stop ("针对…的问题。") opens the next item.
    if (SENTENCE_END.test(prev) && /^(针对|关于)[^。]{2,60}问题[。：]?$/.test(next)) return false;
    if (startsBlock(next)) return !SENTENCE_END.test(prev) && !headingLike;
    return true;
  }
  if (startsBlock(next)) return false;
  if (MID_SENTENCE_END.test(prev)) return true;
  if (SENTENCE_END.test(prev) || headingLike || titleEnd) return false;
  if (glued && prev.length >= 20) return true;
  return false;
}
