// The ledger as prose → ProblemBlocks: "（1）标题。整改情况：一是…" and "一是针对…的问题，已完成整改。（1）…".
import { measure, problem } from '../../model/build';
import type { Block, Measure, ProblemBlock, ProblemStatus } from '../../model/types';
import type { TextLine } from '../clean/chrome';
import { MEASURES_LABEL_INSIDE, MEASURES_LABEL_WORDS, leadingParen, leadingShi, splitParenRun, splitShiRun } from './ordinals';
import { isStatusClause, labelledStatus, leadingStatus, parseInlineHead, statusSentence, trailingStatus } from './status-clause';
import { textBlock } from './text-blocks';

/** 整改情况： and the other labels that introduce a problem's measures. */
export const MEASURES_LABEL = new RegExp(`^(${MEASURES_LABEL_WORDS}|具体整改情况|落实情况|完成情况)[：:]`);
/** Labels of what follows the measures (原因及下一步措施, 时限…): kept as the problem's paragraphs. */
export const FOLLOW_LABEL = /^(需要?进一步整改的原因及下一步(措施|打算)|未完成整改的原因及下一步(措施|打算)|原因及下一步(措施|打算)|下一步(整改)?措施|下一步打算|整改时限|完成时限|责任领导|责任单位|责任人)[：:]/;

export interface MeasureRun {
  measures: Measure[];
  style: 'shi' | 'paren';
  /** Set when a lead before the markers kept the text in one measure. */
  unsplit?: string;
}


/** "…问题。（已完成整改）" or "（1）针对…的问题，已完成整改。" as a heading: the status the title states. */
export function statusInTitle(title: string): ProblemStatus | null {
  const bracket = /[（【]([^（）【】]{2,16})[）】][。]?$/.exec(title);
  if (bracket) {
    const s = isStatusClause(bracket[1]!);
    if (s) return s;
  }
  return parseInlineHead(title)?.status ?? null;
}

/** A measures text → measures; a lead before 一是 keeps the whole text as one measure (flagged). */
export function readMeasures(text: string, prefer: 'shi' | 'paren'): MeasureRun {
  const t = text.trim();
  if (!t) return { measures: [], style: prefer };
  const shi = splitShiRun(t, 1);
  if (shi && (shi.items.length > 1 || shi.lead === '')) {
    if (shi.lead.trim() === '') return { measures: shi.items.map((i) => measure(i)), style: 'shi' };
    return { measures: [measure(t)], style: 'shi', unsplit: '措施前有引导语，未按“一是、二是”拆分，请核对' };
  }
  const paren = splitParenRun(t, 1, true);
  if (paren && (paren.items.length > 1 || paren.lead === '')) {
    const lead = paren.lead.trim();
    if (lead === '') return { measures: paren.items.map((i) => measure(i)), style: 'paren' };
    // "完善制度规定。…（2）严格执行预算。": the unnumbered lead is the missing （1）.
    if (paren.first === 2) return { measures: [lead, ...paren.items].map((i) => measure(i)), style: 'paren' };
    return { measures: [measure(t)], style: 'paren', unsplit: '措施前有引导语，未按“（1）（2）”拆分，请核对' };
  }
  return { measures: [measure(t)], style: prefer };
}

/** Appends a line that continues a problem's numbered measures ("二是…" / "（3）…"); false when it does not. */
function continueMeasures(p: ProblemBlock, text: string): boolean {
  const next = p.measures.length + 1;
  if (p.measures.length === 0) return false;
  const shi = leadingShi(text);
  const paren = leadingParen(text);
  if (p.measureStyle === 'shi' && shi === next) {
    // A line may carry several of the following markers ("二是…三是…").
    const run = splitShiRun(text, 1, next);
    const items = run && run.lead === '' ? run.items : [text.replace(/^[一二三四五六七八九十]{1,3}是/, '')];
    p.measures.push(...items.map((i) => measure(i)));
    p.measureLayout = 'block';
    return true;
  }
  if (p.measureStyle === 'paren' && paren === next) {
    p.measures.push(measure(text.replace(/^（\d{1,2}）/, '')));
    p.measureLayout = 'block';
    return true;
  }
  return false;
}

function applyStatus(p: ProblemBlock, text: string, fallback: ProblemStatus | null): string {
  const lead = leadingStatus(text);
  if (lead) {
    p.status = lead.status;
    p.statusPhrase = lead.phrase;
    return lead.rest;
  }
  const trailing = trailingStatus(text) ?? labelledStatus(text);
  if (trailing) p.status = trailing;
  else if (fallback) p.status = fallback;
  return text;
}

/** "（1）标题。" with its body lines: label line, measures, then the follow-up paragraphs. */
export function headingProblem(rest: string, body: TextLine[], fallback: ProblemStatus | null): ProblemBlock {
  let title = rest;
  let first: string | null = null;
  const labelAt = rest.search(MEASURES_LABEL_INSIDE);
  if (labelAt > 0) {
    title = rest.slice(0, labelAt);
    first = rest.slice(labelAt);
  } else {
    const stop = rest.indexOf('。');
    // "标题。（已完成整改）": a bracketed note after the title stays in it.
    if (stop >= 0 && stop < rest.length - 1 && !/^[（【][^（）【】]{1,16}[）】]。?$/.test(rest.slice(stop + 1))) {
      title = rest.slice(0, stop + 1);
      first = rest.slice(stop + 1);
    }
  }
  const p = problem(title.trim(), [], { form: 'heading' });
  const lines = [...body];
  if (first === null && lines.length > 0 && !FOLLOW_LABEL.test(lines[0]!.text)) first = lines.shift()!.text;
  if (first !== null) {
    const label = MEASURES_LABEL.exec(first);
    let text = first;
    if (label) {
      p.measuresLabel = label[1];
      text = first.slice(label[0].length);
    }
    text = applyStatus(p, text, fallback);
    const run = readMeasures(text, 'shi');
    p.measures = run.measures;
    p.measureStyle = run.style;
    if (run.unsplit) p.uncertain = run.unsplit;
  } else if (fallback) p.status = fallback;
  for (const l of lines) {
    if (continueMeasures(p, l.text)) continue;
    // "整改进展：已完成。" came first; "整改措施：一是…" on the next line holds the measures.
    const label = MEASURES_LABEL.exec(l.text);
    if (p.measures.length === 0 && label && l.text.length > label[0].length && !statusSentence(l.text)) {
      const rest = applyStatus(p, l.text.slice(label[0].length), p.status === 'unknown' ? fallback : null);
      const run = readMeasures(rest, 'shi');
      p.measuresLabel = label[1];
      p.measures = run.measures;
      p.measureStyle = run.style;
      if (run.unsplit) p.uncertain = run.unsplit;
      continue;
    }
    // "整改情况：" alone on its line: the numbered lines below are the measures.
    if (p.measures.length === 0 && p.measuresLabel !== undefined && (leadingShi(l.text) === 1 || leadingParen(l.text) === 1)) {
      const run = readMeasures(l.text, leadingShi(l.text) === 1 ? 'shi' : 'paren');
      p.measures = run.measures;
      p.measureStyle = run.style;
      p.measureLayout = 'block';
      continue;
    }
    // "整改状态：已完成" or "目前，该问题已完成整改。" on its own line states the status.
    if (p.status === 'unknown') p.status = statusSentence(l.text) ?? labelledStatus(l.text) ?? trailingStatus(l.text) ?? 'unknown';
    p.children.push(textBlock(l.text));
  }
  if (p.status === 'unknown') p.status = statusInTitle(title) ?? 'unknown';
  if (p.status === 'unknown' && p.measures.length > 0) {
    const all = p.measures.map((m) => m.content.map((c) => (c.t === 'text' ? c.text : '')).join('')).join('');
    const t = trailingStatus(all) ?? labelledStatus(all);
    if (t) p.status = t;
  }
  return p;
}

/** An inline problem head line, or null. "一是" before it is stripped: numbering is computed. */
export function inlineProblem(text: string): ProblemBlock | null {
  const stripped = leadingShi(text) !== null ? text.replace(/^[一二三四五六七八九十]{1,3}是/, '') : text;
  const head = parseInlineHead(stripped);
  if (!head) return null;
  const p = problem(head.title, [], { form: 'inline', status: head.status, statusPhrase: head.statusPhrase, measureStyle: 'paren' });
  const run = readMeasures(head.rest, 'paren');
  p.measures = run.measures;
  p.measureStyle = run.style;
  if (run.unsplit) p.uncertain = run.unsplit;
  return p;
}

/** "针对推动转型力度不够的问题。" alone on its line: a problem's title, its measures in the lines below. */
const PROBLEM_TITLE_LINE = /^(?:针对|关于)[^。；]{2,80}?问题[。：:]?$/;

export function isProblemTitleLine(text: string): boolean {
  return PROBLEM_TITLE_LINE.test(text);
}

export function isInlineProblemLine(text: string): boolean {
  const stripped = leadingShi(text) !== null ? text.replace(/^[一二三四五六七八九十]{1,3}是/, '') : text;
  return parseInlineHead(stripped) !== null;
}

/**
 * Body lines of a container in the ledger: inline problems with their continuation lines; other lines stay text.
 * `text` builds the blocks for ordinary lines.
 */
export function ledgerLines(lines: TextLine[], text: (l: TextLine) => Block, place: (b: Block, line: number) => void): Block[] {
  const out: Block[] = [];
  let open: ProblemBlock | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isProblemTitleLine(l.text)) {
      // The lines below up to the next problem: measures (一是…/（1）…) and status sentences.
      let j = i + 1;
      while (j < lines.length && !isProblemTitleLine(lines[j]!.text) && !isInlineProblemLine(lines[j]!.text)
        && (j === i + 1 || leadingShi(lines[j]!.text) !== null || leadingParen(lines[j]!.text) !== null
          || statusSentence(lines[j]!.text) !== null || FOLLOW_LABEL.test(lines[j]!.text))) j++;
      const p = headingProblem(l.text, lines.slice(i + 1, j), null);
      place(p, l.line);
      out.push(p);
      open = null;
      i = j - 1;
      continue;
    }
    const p = inlineProblem(l.text);
    if (p) {
      place(p, l.line);
      out.push(p);
      open = p;
      continue;
    }
    if (open && continueMeasures(open, l.text)) continue;
    if (open && open.measures.length === 0 && !FOLLOW_LABEL.test(l.text) && leadingShi(l.text) === null) {
      const run = readMeasures(l.text, 'paren');
      open.measures = run.measures;
      open.measureStyle = run.style;
      open.measureLayout = 'block';
      continue;
    }
    if (open && FOLLOW_LABEL.test(l.text)) {
      open.children.push(textBlock(l.text));
      continue;
    }
    open = null;
    out.push(text(l));
  }
  return out;
}
