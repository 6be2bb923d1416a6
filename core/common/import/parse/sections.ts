// The outline → sections with roles; inside the ledger, containers become 方面/类别/分组 and leaves 具体问题.
import { section } from '../../model/build';
import type { Block, DocType, ProblemStatus, SectionBlock, SectionRole } from '../../model/types';
import type { TextLine } from '../clean/chrome';
import { FOLLOW_LABEL, MEASURES_LABEL, headingProblem, isInlineProblemLine, isProblemTitleLine, ledgerLines, statusInTitle } from './ledger';
import { MEASURES_LABEL_INSIDE, MEASURES_LABEL_WORDS, leadingParen, leadingShi } from './ordinals';
import type { OutlineNode } from './outline';
import { groupStatus, topRoleFromWords } from './roles';
import { labelledStatus, leadingStatus, statusSentence, trailingStatus } from './status-clause';
import { inlines, textBlock, textBlocks } from './text-blocks';

export interface SectionContext {
  docType: DocType;
  continuous: Set<OutlineNode>;
  /** Marks a block the clerk should check. */
  flag: (block: { uncertain?: string }, message: string) => void;
  /** Remembers the source line a block came from, for the report. */
  place: (block: { id: string }, line: number) => void;
}

type Ledger = 'rectification' | 'further' | null;

const HEADING_MAX = 60;
const BARE_LABEL = new RegExp(`^${MEASURES_LABEL_WORDS}[：:]$`);

/**
 * A heading glued to its text ("前期工作情况上半年，我局…", "整改工作开展情况局党组高度重视…"): a short phrase ending in a
 * heading word, then the words a paragraph opens with.
 */
const GLUED_HEADING = new RegExp(
  '^([^，。；：！？、“”（）]{2,24}?(?:情况|工作|打算|计划|成效|问题|方面|措施|安排|举措|做法|责任|要求|不足|思路|目标))'
  + '(?=(?:上半年|下半年|今年以来|今年|去年|近年来|一年来|根据|按照|我局|我委|我办|我院|我校|局党组|党组(?!织)|党委(?!（)|区委|市委|县委|针对|对照|一是|自20|20\\d{2}年)[^。]{0,200}?[，。；])',
);

/** "标题。正文…" → heading and run-in text; a long first sentence is not a heading. */
export function splitHeading(rest: string): { heading: string; runText: string; guessed: boolean; glued?: boolean } {
  const glued = GLUED_HEADING.exec(rest);
  if (glued) return { heading: glued[1]!, runText: rest.slice(glued[1]!.length), guessed: false, glued: true };
  const stop = rest.search(/[。！？]/);
  if (stop >= 0 && stop < rest.length - 1) {
    if (stop < HEADING_MAX) return { heading: rest.slice(0, stop + 1), runText: rest.slice(stop + 1), guessed: false };
    return { heading: '', runText: rest, guessed: true };
  }
  if (rest.length <= HEADING_MAX + 20) return { heading: rest, runText: '', guessed: false };
  return { heading: '', runText: rest, guessed: true };
}

function hasLabel(node: OutlineNode): boolean {
  return MEASURES_LABEL.test(node.body[0]?.text ?? '') || MEASURES_LABEL_INSIDE.test(node.ord.rest);
}

function hasInlineProblems(lines: TextLine[]): boolean {
  return lines.some((l) => isInlineProblemLine(l.text) || isProblemTitleLine(l.text));
}

/** A leaf whose text reads like a problem's measures: "一是…" or "（1）…" first, or a sentence that states a status. */
function measuresBody(node: OutlineNode): boolean {
  if (node.children.length > 0 || node.body.length === 0) return false;
  const first = node.body[0]!.text;
  return leadingShi(first) === 1 || leadingParen(first) === 1
    || node.body.some((l) => statusSentence(l.text) !== null || trailingStatus(l.text) !== null);
}

/** The 整改情况 part written without labels or inline statuses: items followed by their measures. */
function hasUnlabelledLedger(node: OutlineNode): boolean {
  return node.children.some((c) => measuresBody(c) || hasUnlabelledLedger(c));
}

/** "1、标题。（已完成）" or "（1）针对…的问题，已完成整改。": a heading that states its problem's status. */
function statusHeading(node: OutlineNode): boolean {
  return node.children.length === 0 && statusInTitle(node.ord.rest) !== null;
}

/** Whether a subtree reads like the ledger: measure labels, inline problems or status-bearing headings below. */
export function hasLedgerSignals(node: OutlineNode): boolean {
  return hasLabel(node) || hasInlineProblems(node.body) || statusHeading(node) || node.children.some(hasLedgerSignals);
}

/** A heading that names an area of problems: "…方面", "…方面的问题", "…不到位的问题". */
function namesProblemArea(words: string): boolean {
  const heading = splitHeading(words).heading.replace(/[。：:；]$/, '');
  return /方面/.test(heading) || /问题$/.test(heading);
}

/** A top heading that holds problems directly and is not worded as the 整改情况 part: an aspect at the top level. */
function aspectAtTop(node: OutlineNode): boolean {
  return !/整改/.test(node.ord.rest.slice(0, 40)) && hasLedgerSignals(node);
}

function topRole(
  node: OutlineNode, ctx: SectionContext, index: number, aspectsOnTop: boolean,
): { role: SectionRole; ledger: Ledger; guessed: boolean } {
  const words = node.ord.rest;
  const byWords = topRoleFromWords(words, ctx.docType);
  if (ctx.docType !== 'rectification') return { role: byWords ?? (index === 0 && ctx.docType === 'work-summary' ? 'review' : 'generic'), ledger: null, guessed: false };
  const signals = hasLedgerSignals(node);
  if (byWords === 'further') return { role: 'further', ledger: 'further', guessed: false };
  if (byWords === 'plan') return { role: 'plan', ledger: null, guessed: false };
  if (signals && !/整改/.test(words) && (namesProblemArea(words) || (aspectsOnTop && byWords === null))) {
    return { role: 'aspect', ledger: 'rectification', guessed: false };
  }
  if (signals || (byWords === 'rectification' && hasUnlabelledLedger(node))) return { role: 'rectification', ledger: 'rectification', guessed: false };
  if (byWords) return { role: byWords, ledger: null, guessed: false };
  return { role: index === 0 ? 'organisation' : 'generic', ledger: null, guessed: index !== 0 };
}

export function buildSections(nodes: OutlineNode[], ctx: SectionContext): SectionBlock[] {
  // Two or more top headings holding problems, none worded as 整改情况: the notice has no wrapper, they are aspects.
  const aspectsOnTop = ctx.docType === 'rectification' && nodes.filter(aspectAtTop).length >= 2;
  return nodes.map((node, i) => {
    const { role, ledger, guessed } = topRole(node, ctx, i, aspectsOnTop);
    const s = ledger
      ? ledgerContainer(node, role, ledger, role === 'aspect' ? 2 : 1, null, ctx)
      : plainSection(node, role, ctx);
    if (ctx.continuous.has(node)) s.continuousNumbering = true;
    if (guessed) ctx.flag(s, '未能判断本部分的作用（组织领导、整改情况、下一步计划等），请核对');
    return s;
  });
}

function headed(node: OutlineNode, role: SectionRole, ctx: SectionContext): SectionBlock {
  const { heading, runText, guessed, glued } = splitHeading(node.ord.rest);
  const s = section(role, inlines(heading));
  ctx.place(s, node.line);
  if (runText) {
    s.children.push(textBlock(runText));
    // A heading glued to its text by a lost line break gets its own line back.
    if (!glued) s.runIn = true;
  }
  if (guessed) ctx.flag(s, '序号后的文字较长，未能区分标题与正文，已作为正文保留');
  if (node.outOfSequence) ctx.flag(s, node.outOfSequence);
  return s;
}

function plainSection(node: OutlineNode, role: SectionRole, ctx: SectionContext): SectionBlock {
  const s = headed(node, role, ctx);
  s.children.push(...textBlocks(node.body), ...node.children.map((c) => plainSection(c, 'generic', ctx)));
  return s;
}

function ledgerContainer(
  node: OutlineNode, role: SectionRole, ledger: Exclude<Ledger, null>, depth: number,
  fallback: ProblemStatus | null, ctx: SectionContext,
): SectionBlock {
  const s = headed(node, role, ctx);
  const status = groupStatus(node.ord.rest) ?? fallback;
  const siblingLabels = node.children.some(hasLabel);
  s.children.push(...ledgerLines(node.body, (l) => textBlock(l.text), (b, line) => ctx.place(b, line)));
  for (const child of node.children) s.children.push(ledgerChild(child, ledger, depth, status, siblingLabels, ctx));
  return s;
}

/**
 * "（一）标题。" / "整改措施：" / "1.…" "2.…": a bare measures label ends the body and the numbered children below are
 * the measures, not problems. Returns the body with the children as "（n）" measure lines, or null.
 */
function measuresAsChildren(node: OutlineNode): TextLine[] | null {
  const last = node.body[node.body.length - 1];
  if (!last || node.children.length === 0 || !BARE_LABEL.test(last.text)) return null;
  if (node.children.some((c) => c.children.length > 0 || hasLabel(c) || c.ord.n !== node.children.indexOf(c) + 1)) return null;
  const out = [...node.body];
  node.children.forEach((c, i) => {
    // A status line after the last measure ("整改状态：已完成") stays a line of its own.
    const stated = c.body.filter((b) => statusSentence(b.text) || labelledStatus(b.text));
    const text = [`（${i + 1}）${c.ord.rest}`, ...c.body.filter((b) => !stated.includes(b)).map((b) => b.text)].join('');
    out.push({ text, line: c.line }, ...stated);
  });
  return out;
}

function ledgerChild(
  node: OutlineNode, ledger: Exclude<Ledger, null>, depth: number, fallback: ProblemStatus | null,
  siblingLabels: boolean, ctx: SectionContext,
): Block {
  const asMeasures = measuresAsChildren(node);
  if (asMeasures) {
    const p = headingProblem(node.ord.rest, asMeasures, fallback);
    ctx.place(p, node.line);
    if (node.outOfSequence) ctx.flag(p, node.outOfSequence);
    return p;
  }
  const isContainer = node.children.length > 0 || hasInlineProblems(node.body);
  const heading = node.ord.rest;
  if (isContainer || (groupStatus(heading) && node.body.length === 0)) {
    const role: SectionRole = groupStatus(heading) || ledger === 'further' ? 'group' : depth === 1 ? 'aspect' : 'category';
    return ledgerContainer(node, role, ledger, depth + 1, fallback, ctx);
  }
  const statusFirst = node.body[0] ? leadingStatus(node.body[0].text.replace(MEASURES_LABEL, '')) : null;
  const isProblem = hasLabel(node) || statusFirst !== null || statusHeading(node) || depth >= 2 || siblingLabels || ledger === 'further';
  if (!isProblem || (node.body.length > 0 && FOLLOW_LABEL.test(node.body[0]!.text) && !hasLabel(node) && depth < 2)) {
    return plainSection(node, 'generic', ctx);
  }
  const p = headingProblem(heading, node.body, fallback);
  ctx.place(p, node.line);
  if (node.outOfSequence) ctx.flag(p, node.outOfSequence);
  if (p.measures.length === 0) ctx.flag(p, '未找到该问题的整改措施');
  return p;
}
