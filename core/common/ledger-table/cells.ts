// Cell values as clerks type them: several measures in one cell, statuses in their many phrasings, dates in the
// forms people write. Text is kept as written; only the list markers the draft computes itself are removed.
import { statusFromPhrase } from '../model/status';
import type { ProblemStatus } from '../model/types';

/** 一是/二是…, 1. 2., （1）, ①: where one measure ends and the next begins. */
const MARKER = /(?:^|(?<=[。；;！!\s]))(?:[一二三四五六七八九十]+是|[0-9]{1,2}[.、．](?![0-9])|[（(][0-9一二三四五六七八九十]{1,3}[）)])|[①-⑳]/gu;

/** Several measures in one cell, split on line breaks and list markers; markers removed, wording kept. */
export function splitMeasures(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const starts = [...t.matchAll(MARKER)].map((m) => m.index);
    if (starts.length === 0 || (starts.length === 1 && starts[0] !== 0)) {
      out.push(stripLeadingMarker(t));
      continue;
    }
    if (starts[0] !== 0) starts.unshift(0);
    starts.forEach((s, i) => {
      const piece = stripLeadingMarker(t.slice(s, starts[i + 1] ?? t.length).trim());
      if (piece) out.push(piece);
    });
  }
  return out;
}

export function stripLeadingMarker(s: string): string {
  return s.replace(/[；;，,]$/u, '').replace(/^(?:[一二三四五六七八九十]+是[，,：:]?|[0-9]{1,2}[.、．](?![0-9])|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[①-⑳])\s*/u, '').trim();
}

/** A heading's own ordinal (一、 （一） 1.): the draft numbers headings itself. */
export function stripHeadingOrdinal(s: string): string {
  return s.trim().replace(/^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百0-9]+[）)]、?|[0-9]{1,3}[、.．](?![0-9]))\s*/u, '').trim();
}

const EXACT: [RegExp, ProblemStatus][] = [
  [/^(是|√|✓|已完成|完成|已整改|整改完成|已办结|办结|已落实|完成整改)$/, 'done'],
  [/^(否|×|未完成|未整改|尚未完成|未办结)$/, 'not-done'],
  [/^(基本完成|阶段性完成|取得阶段性成效|阶段性成效|基本整改到位)$/, 'mostly-done'],
  [/^(正在整改|整改中|推进中|正在推进|持续推进|持续整改|正在办理|部分完成)$/, 'ongoing'],
  [/^(长期坚持|长期|持续坚持|常态化|长期推进)$/, 'long-term'],
  [/^(未标明|待定|—|-|\/)$/, 'unknown'],
];

/** A status cell (or a progress sentence) in any of its phrasings; null when it states none. */
export function parseStatus(text: string): ProblemStatus | null {
  const t = text.replace(/[\s。；;，,]/g, '');
  if (!t) return null;
  for (const [re, s] of EXACT) if (re.test(t)) return s;
  if (/阶段性(成效|进展)/.test(t)) return 'mostly-done';
  if (/长期坚持|长期推进|常态化推进/.test(t) && !/未/.test(t)) return /已完成/.test(t) ? 'done' : 'long-term';
  return statusFromPhrase(t);
}

/**
 * 完成时限 as the draft stores it: a full date becomes YYYY-MM-DD; everything else (2024年12月底, 长期坚持,
 * 2024.12 → 2024年12月) is kept in the clerk's words.
 */
export function parseDeadline(text: string): string {
  const t = text.trim();
  // A date cell without a date format reads as Excel's day serial (days since 1899-12-30).
  if (/^\d{5}(?:\.\d+)?$/.test(t) && Number(t) > 20000 && Number(t) < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(t)) * 86_400_000).toISOString().slice(0, 10);
  }
  let m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (m) {
    const [, y, mo, d] = m;
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  }
  m = /^(\d{4})\s*[-./]\s*(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}年${Number(m[2])}月`;
  return t;
}

/** 2025-03-18 / 2025.3.18 / 2025年3月18日 → ISO; null when not a full date (progress dates). */
export function parseFullDate(text: string): string | null {
  const d = parseDeadline(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}
