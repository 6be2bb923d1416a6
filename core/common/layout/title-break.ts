// Where a 公文 title breaks (GB/T 9704 7.3.1: 回行时要做到词意完整，排列对称，长短适宜，间距恰当；梯形或菱形).
// One answer for both files: the DOCX writes the lines with w:br, the print view with <br>.
import { NO_LINE_END, NO_LINE_START } from './rules';
import { widthInChars } from './signature';

/** A line break the clerk typed in the title field sets the break; the rule below then is not asked. */
export const TITLE_BREAK = '\n';

/** 二号 (22 pt) 字 per line of the 156 mm 版心: 442.2 / 22 = 20. */
export const TITLE_CHARS_PER_LINE = 20;

const ORGAN_END = /(党组|党委|党总支|党支部|委员会|人民政府|政府|办公室|办公厅|司法局|局|厅|院|部|委|会|所|中心)$/;
const YEAR_START = /^(19|20)[0-9]{2}年/;
const DOC_KIND = /^的(通报|报告|通知|请示|意见|决定|批复|函|纪要|公告|通告|方案|计划|总结)$/;

/** Penalty of breaking `title` before index `i` (lower is better; Infinity = never). */
export function breakPenalty(title: string, i: number): number {
  const chs = [...title];
  const before = chs.slice(0, i).join('');
  const after = chs.slice(i).join('');
  const prev = before[before.length - 1] ?? '';
  const next = after[0] ?? '';
  // 避头尾, and never split a number or a Latin word.
  if (NO_LINE_START.includes(next) || NO_LINE_END.includes(prev)) return Infinity;
  if (/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z.]/.test(next)) return Infinity;
  // "…情况 / 的通报" cuts the 文种 from what it names; "…的 / 通报" leaves a particle hanging.
  if (next === '的' || prev === '的' || DOC_KIND.test(after)) return Infinity;
  if (after.startsWith('关于')) return -10;
  let p = 8; // inside a run of 汉字 with no known boundary: probably inside a word
  if (ORGAN_END.test(before) && !/^(党组|党委|委员会|办公室)/.test(after)) p = -6;
  if (YEAR_START.test(after)) p -= 4;
  if (/^[及和与暨]/.test(after)) p = Math.min(p, -2);
  if (/^(关于|工作|情况)/.test(after.slice(0, 2)) && p > 0) p = 4;
  return p;
}

function fits(line: string, chars: number): boolean {
  return widthInChars(line) <= chars;
}

/**
 * The title's lines: the clerk's own break when the field holds one, else one line when it fits, else the break
 * positions with the least penalty plus imbalance (lines of similar length, 梯形 or 菱形), every line fitting.
 */
export function titleLines(title: string, chars = TITLE_CHARS_PER_LINE): string[] {
  const typed = title.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (typed.length > 1) return typed;
  const t = typed[0] ?? '';
  if (fits(t, chars)) return t ? [t] : [];
  for (let n = 2; n <= 4; n++) {
    const best = bestSplit(t, n, chars);
    if (best) return best;
  }
  // Nothing fits the rules: break where the line is full (never lose text).
  const out: string[] = [];
  let line = '';
  for (const ch of t) {
    if (!fits(line + ch, chars)) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return [...out, line];
}

function bestSplit(t: string, n: number, chars: number): string[] | null {
  const chs = [...t];
  let best: { score: number; lines: string[] } | null = null;
  const walk = (start: number, left: number, acc: string[], score: number): void => {
    if (left === 1) {
      const last = chs.slice(start).join('');
      if (!fits(last, chars) || !last) return;
      const lines = [...acc, last];
      const widths = lines.map(widthInChars);
      const imbalance = Math.max(...widths) - Math.min(...widths);
      const total = score + imbalance;
      if (!best || total < best.score) best = { score: total, lines };
      return;
    }
    for (let i = start + 1; i < chs.length; i++) {
      const line = chs.slice(start, i).join('');
      if (!fits(line, chars)) break;
      const p = breakPenalty(chs.join(''), i);
      if (p === Infinity) continue;
      walk(i, left - 1, [...acc, line], score + p);
    }
  };
  walk(0, n, [], 0);
  return (best as { score: number; lines: string[] } | null)?.lines ?? null;
}

/** The title as one string for metadata and plain text (the clerk's break becomes nothing). */
export const titleText = (title: string): string => title.split(/\r?\n/).map((l) => l.trim()).join('');
