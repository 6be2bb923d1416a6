// Finds editor nodes by model id, and the leaf holding one piece of a block's text (heading, title, measure, item…).
import { $getRoot, $isParagraphNode, $isTextNode, type ElementNode, type LexicalNode, type TextNode } from 'lexical';
import type { FindingLocation } from '../../../../core/common/checks';
import { $isCountNode } from '../nodes/CountNode';
import { $isEnumerationItemNode } from '../nodes/EnumerationItemNode';
import { $isEnumerationLeadNode } from '../nodes/EnumerationLeadNode';
import { $isEnumerationNode } from '../nodes/EnumerationNode';
import { $isFieldNode } from '../nodes/FieldNode';
import { $isMeasureNode } from '../nodes/MeasureNode';
import { $isProblemNode } from '../nodes/ProblemNode';
import { $isProblemTitleNode } from '../nodes/ProblemTitleNode';
import { $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import { $isSectionNode } from '../nodes/SectionNode';
import { $getParagraphMeta } from '../nodes/paragraph-state';
import { $isContainer } from './leaf';

export function $findById(id: string): ElementNode | null {
  let found: ElementNode | null = null;
  const visit = (n: LexicalNode): void => {
    if (found) return;
    const meta = $isSectionNode(n) || $isProblemNode(n) || $isEnumerationNode(n) ? n.getMeta()
      : $isParagraphNode(n) ? $getParagraphMeta(n) : null;
    if (meta?.id === id) found = n as ElementNode;
    else if ($isContainer(n)) n.getChildren().forEach(visit);
  };
  $getRoot().getChildren().forEach(visit);
  return found;
}

/** The leaf element that holds the text a finding points at; null when that text is not typed in the editor. */
export function $leafAt(loc: FindingLocation): ElementNode | null {
  if (!loc.blockId) return null;
  const b = $findById(loc.blockId);
  if (!b) return null;
  const kids = $isContainer(b) ? b.getChildren() : [];
  switch (loc.field) {
    case 'heading': return (kids.find($isSectionHeadingNode) as ElementNode | undefined) ?? null;
    case 'title': return (kids.find($isProblemTitleNode) as ElementNode | undefined) ?? null;
    case 'lead': return (kids.find($isEnumerationLeadNode) as ElementNode | undefined) ?? null;
    case 'measure': return (kids.find((k) => $isMeasureNode(k) && k.getMeta().id === loc.measureId) as ElementNode | undefined) ?? null;
    case 'item': return (kids.find((k) => $isEnumerationItemNode(k) && k.getMeta().id === loc.itemId) as ElementNode | undefined) ?? null;
    case 'content':
    case undefined: return $isParagraphNode(b) ? b : $isContainer(b) ? (kids[0] as ElementNode | undefined) ?? null : null;
    default: return null;
  }
}

interface Piece {
  node: TextNode;
  from: number;
  locked: boolean;
}

/** The leaf's text nodes with their offsets in the text as the clerk sees it (field and count values included). */
function pieces(leaf: ElementNode): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  const visit = (n: LexicalNode, locked: boolean): void => {
    if ($isTextNode(n)) {
      out.push({ node: n, from: pos, locked });
      pos += n.getTextContentSize();
    } else if ('getChildren' in n && typeof n.getChildren === 'function') {
      const lock = locked || $isFieldNode(n) || $isCountNode(n);
      for (const c of (n as ElementNode).getChildren()) visit(c, lock);
    }
  };
  for (const c of leaf.getChildren()) visit(c, false);
  return out;
}

/** Replaces [start, end) of a leaf's text; false (and nothing changed) if the range touches a field or count. */
export function $replaceInLeaf(leaf: ElementNode, start: number, end: number, replacement: string): boolean {
  const ps = pieces(leaf).filter((p) => p.from < end && p.from + p.node.getTextContentSize() > start
    || (start === end && p.from <= start && start <= p.from + p.node.getTextContentSize()));
  if (!ps.length || ps.some((p) => p.locked)) return false;
  let placed = false;
  for (const p of ps) {
    const len = p.node.getTextContentSize();
    const a = Math.max(start, p.from) - p.from;
    const b = Math.min(end, p.from + len) - p.from;
    p.node.spliceText(a, b - a, placed ? '' : replacement, !placed);
    placed = true;
  }
  return true;
}

/** Replaces [start, end) of one text node of a leaf with an inline node; false when the range spans nodes or a ref. */
export function $replaceRangeWithNode(leaf: ElementNode, start: number, end: number, node: LexicalNode): boolean {
  const p = pieces(leaf).find((x) => x.from <= start && end <= x.from + x.node.getTextContentSize());
  if (!p || p.locked || end <= start) return false;
  const a = start - p.from;
  const b = end - p.from;
  const parts = p.node.splitText(a, b);
  const middle = parts[a === 0 ? 0 : 1];
  if (!middle) return false;
  middle.replace(node);
  return true;
}

/** Selects [start, end) of a leaf's text (or its start) so the clerk sees what a finding is about. */
export function $selectInLeaf(leaf: ElementNode, start?: number, end?: number): void {
  if (start === undefined) {
    leaf.selectStart();
    return;
  }
  const ps = pieces(leaf);
  const at = (off: number): [TextNode, number] | null => {
    for (const p of ps) {
      const len = p.node.getTextContentSize();
      if (!p.locked && off >= p.from && off <= p.from + len) return [p.node, off - p.from];
    }
    return null;
  };
  const a = at(start);
  const b = at(end ?? start);
  if (a && b) a[0].select(a[1], a[1]).focus.set(b[0].getKey(), b[1], 'text');
  else leaf.selectStart();
}
