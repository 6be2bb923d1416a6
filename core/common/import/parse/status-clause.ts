// The status clause of a problem: "针对…的问题，已基本完成整改，并形成长效机制。" → title + status phrase.
import { statusFromPhrase } from '../../model/status';
import type { ProblemStatus } from '../../model/types';

/** Words a status clause starts with (已完成整改, 基本完成整改, 尚未完成, 正在推进…). */
const STATUS_START = /^(目前|现|现已|该问题|此问题|问题)?(?:需要?|仍需|尚需)?(已|均已|基本|尚未|未|暂未|仍未|正在|持续|长期|全部|完成|整改(?:中|完成|到位|完毕|进行中|已|基本|正在|未|尚未|持续))/;

export function isStatusClause(s: string): ProblemStatus | null {
  const t = s.trim();
  if (t.length === 0 || t.length > 40 || !STATUS_START.test(t)) return null;
  return statusFromPhrase(t) ?? (DONE_EXTRA.test(t) ? 'done' : null);
}

/** Phrasings of 已完成 the model's phrase list does not know: 已整改, 均已整改, 已整改销号. */
const DONE_EXTRA = /^(目前|现)?(已经?|均已|全部)(整改(?!中)|销号)/;

/** "整改状态：已完成" / "完成情况：基本完成" anywhere in a text: the stated status. */
export function labelledStatus(text: string): ProblemStatus | null {
  for (const m of text.matchAll(/(整改状态|完成情况|整改进展|整改进度|整改结果|进展情况)[：:]\s*([^。；，,;]{1,16})/g)) {
    const s = isStatusClause(m[2]!);
    if (s) return s;
  }
  return null;
}

export interface InlineHead {
  title: string;
  statusPhrase: string;
  status: ProblemStatus;
  /** Text after the status sentence: the measures. */
  rest: string;
}

/**
 * Reads the head of an inline problem. The title must name a problem (针对/关于… or …问题) so that ordinary
 * sentences ending in 已完成 are not mistaken for one.
 */
export function parseInlineHead(text: string): InlineHead | null {
  const firstEnd = text.indexOf('。');
  // A problem's head is one sentence of modest length; a long first sentence is not one (and keeps this linear).
  if (firstEnd > 600 || (firstEnd < 0 && text.length > 600)) return null;
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  const afterFirst = firstEnd < 0 ? '' : text.slice(firstEnd + 1);
  // "…的问题，已完成整改。"
  let from = 0;
  while (true) {
    const comma = first.indexOf('，', from);
    if (comma < 0) break;
    const title = first.slice(0, comma);
    const tail = first.slice(comma + 1);
    const status = isStatusClause(tail);
    if (status && namesProblem(title)) return { title, statusPhrase: tail, status, rest: afterFirst };
    from = comma + 1;
  }
  // "针对…体系。已完成整改。"
  const secondEnd = afterFirst.indexOf('。');
  const second = secondEnd < 0 ? afterFirst : afterFirst.slice(0, secondEnd);
  const status = isStatusClause(second);
  if (status && namesProblem(first) && second.length <= 20) {
    return { title: first, statusPhrase: second, status, rest: secondEnd < 0 ? '' : afterFirst.slice(secondEnd + 1) };
  }
  return null;
}

function namesProblem(title: string): boolean {
  return title.length >= 4 && (/^(针对|关于|对于|对)/.test(title) || /问题$|问题[）)]?$/.test(title));
}

/** A leading status sentence of a measures text ("已完成整改。一是…"): the phrase and the rest. */
export function leadingStatus(text: string): { phrase: string; status: ProblemStatus; rest: string } | null {
  const end = text.search(/[。；]/);
  if (end < 0) return null;
  const phrase = text.slice(0, end);
  const status = isStatusClause(phrase);
  return status ? { phrase, status, rest: text.slice(end + 1) } : null;
}

/** Labels and openers of a sentence that states a status ("整改进展：", "目前，该问题…"). */
const STATUS_LABEL = /^(整改进展|整改进度|整改状态|整改结果|完成情况|进展情况|整改情况)[：:]\s*/;
const STATUS_OPENER = /^(截至目前|截止目前|到目前为止|目前|现|该问题|此问题|上述问题|这一问题|此项问题|该项问题|该项任务|此项整改)[，,]?\s*/;

/**
 * A short sentence that only states a status: "已整改到位", "整改完成", "目前，该问题已完成整改", "整改状态：已完成",
 * "持续整改", "长期坚持". Labels and openers are stripped; what remains must be a status clause.
 */
export function statusSentence(sentence: string): ProblemStatus | null {
  let t = sentence.trim().replace(/[。；！]$/, '').replace(/^[（【]|[）】]$/g, '');
  if (t.length === 0 || t.length > 30) return null;
  t = t.replace(STATUS_LABEL, '');
  for (let k = 0; k < 3; k++) {
    const stripped = t.replace(STATUS_OPENER, '');
    if (stripped === t) break;
    t = stripped;
  }
  if (t.length === 0 || t.length > 20) return null;
  return isStatusClause(t);
}

/**
 * A closing status sentence ("…。目前已完成整改。", "…。已整改到位。", "…，目前正在推进。") gives the status; the sentence
 * stays in the text.
 */
export function trailingStatus(text: string): ProblemStatus | null {
  const sentences = text.split(/(?<=[。；])/).map((s) => s.replace(/[。；]$/, '')).filter(Boolean);
  const last = sentences[sentences.length - 1];
  if (!last || last.length > 40) return null;
  const whole = statusSentence(last);
  if (whole) return whole;
  // "该问题需长期推进，目前正在推进": the last clause, when it opens with 目前/现.
  const clauses = last.split(/[，,]/);
  const clause = clauses[clauses.length - 1]!;
  return clauses.length > 1 && STATUS_OPENER.test(clause) ? statusSentence(clause) : null;
}
