// Lines → an outline tree by the sequence of ordinal forms (一、 > （一） > 1. > （1）, 第一部分 on top).
import type { TextLine } from '../clean/chrome';
import { parseInlineHead } from './status-clause';
import { FORM_RANK, MEASURES_LABEL_INSIDE, type Ordinal, type OrdinalForm, leadingOrdinal, leadingParen, leadingShi, splitParenRun } from './ordinals';

export interface OutlineNode {
  ord: Ordinal;
  line: number;
  /** Body lines before the first child node. */
  body: TextLine[];
  children: OutlineNode[];
  /** Set when the typed number does not follow its previous sibling. */
  outOfSequence?: string;
}

export interface Outline {
  /** Lines before any heading (normally none: the preamble is split off earlier). */
  lead: TextLine[];
  nodes: OutlineNode[];
  /** Top-level nodes whose level-3/4 ordinals run on across parents. */
  continuous: Set<OutlineNode>;
}

/** The （n） number a body line's run of measures has reached; 0 after an inline problem head without measures. */
function parenReached(text: string): number | null {
  const run = splitParenRun(text, 1, true);
  if (run) return run.first + run.items.length - 1;
  const shi = leadingShi(text);
  const head = parseInlineHead(shi !== null ? text.replace(/^[一二三四五六七八九十]{1,3}是/, '') : text);
  if (head && head.rest.trim() === '') return 0;
  const p = leadingParen(text);
  return p;
}

const LABEL_INSIDE = MEASURES_LABEL_INSIDE;

/** "（1）…。（2）…。" holding two or more numbered items in order, without a measures label: a run of measures. */
function isParenRunLine(text: string): boolean {
  if (leadingParen(text) !== 1 || LABEL_INSIDE.test(text)) return false;
  const run = splitParenRun(text, 2);
  return run !== null && run.lead === '';
}

export function buildOutline(lines: TextLine[]): Outline {
  const roots: OutlineNode[] = [];
  const lead: TextLine[] = [];
  const stack: OutlineNode[] = [];
  const rank: Record<OrdinalForm, number> = { ...FORM_RANK };
  const lastOfForm = new Map<OutlineNode, Map<OrdinalForm, number>>();
  const continuous = new Set<OutlineNode>();

  for (const l of lines) {
    const ord = leadingOrdinal(l.text);
    const top = stack[stack.length - 1];
    // A "（n）" line continuing the measures of the inline problem above is body text, not a heading.
    if (ord && ord.form === 'arabicParen' && top && top.body.length > 0) {
      const reached = parenReached(top.body[top.body.length - 1]!.text);
      if (reached !== null && ord.n === reached + 1 && !stack.some((s) => s.ord.form === 'arabicParen')) {
        top.body.push(l);
        continue;
      }
    }
    // "（1）…（2）…" right under a heading is that heading's run of measures ("1、标题。（已完成）" then the measures).
    if (ord && ord.form === 'arabicParen' && top && top.body.length === 0 && top.children.length === 0
      && rank[top.ord.form] < rank.arabicParen && isParenRunLine(l.text)) {
      top.body.push(l);
      continue;
    }
    if (!ord) {
      if (top) top.body.push(l);
      else lead.push(l);
      continue;
    }
    // 第一部分 inside an open 一、整改情况 section ranks between 一、 and （一）.
    if (ord.form === 'part' && rank.part === 0 && stack[0] && stack[0].ord.form === 'cn' && stack[0].children.length === 0
      && /整改|反馈|问题/.test(stack[0].ord.rest)) rank.part = 1.5;
    while (stack.length > 0 && rank[stack[stack.length - 1]!.ord.form] >= rank[ord.form]) stack.pop();
    const node: OutlineNode = { ord, line: l.line, body: [], children: [] };
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : roots;
    const prevSibling = [...siblings].reverse().find((s) => s.ord.form === ord.form);
    const root = stack[0] ?? node;
    const seen = lastOfForm.get(root) ?? new Map<OrdinalForm, number>();
    lastOfForm.set(root, seen);
    if (prevSibling) {
      if (ord.n !== prevSibling.ord.n + 1) node.outOfSequence = `序号“${ord.marker}”未接续上一项“${prevSibling.ord.marker}”`;
    } else if (ord.n !== 1) {
      const last = seen.get(ord.form);
      if (last !== undefined && ord.n === last + 1 && stack.length > 0) continuous.add(stack[0]!);
      else node.outOfSequence = `序号“${ord.marker}”不是从1开始`;
    }
    seen.set(ord.form, ord.n);
    siblings.push(node);
    stack.push(node);
  }
  return { lead, nodes: roots, continuous };
}
