// Where the caret is, structurally: the leaf block it types into and the container that leaf belongs to.
import { $getSelection, $isParagraphNode, $isRangeSelection, $isRootNode, type ElementNode, type LexicalNode } from 'lexical';
import { $isEnumerationItemNode } from '../nodes/EnumerationItemNode';
import { $isEnumerationLeadNode } from '../nodes/EnumerationLeadNode';
import { $isEnumerationNode } from '../nodes/EnumerationNode';
import { $isMeasureNode } from '../nodes/MeasureNode';
import { $isProblemNode, type ProblemNode } from '../nodes/ProblemNode';
import { $isProblemTitleNode } from '../nodes/ProblemTitleNode';
import { $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import { $isSectionNode, type SectionNode } from '../nodes/SectionNode';

export function $isLeafBlock(n: LexicalNode | null | undefined): n is ElementNode {
  return $isParagraphNode(n) || $isSectionHeadingNode(n) || $isProblemTitleNode(n) || $isMeasureNode(n)
    || $isEnumerationItemNode(n) || $isEnumerationLeadNode(n);
}

export function $isContainer(n: LexicalNode | null | undefined): n is ElementNode {
  return $isSectionNode(n) || $isProblemNode(n) || $isEnumerationNode(n);
}

export function $leafOf(node: LexicalNode | null): ElementNode | null {
  for (let n: LexicalNode | null = node; n; n = n.getParent()) if ($isLeafBlock(n)) return n;
  return null;
}

export function $selectedLeaf(): ElementNode | null {
  const sel = $getSelection();
  if (!$isRangeSelection(sel)) return null;
  return $leafOf(sel.anchor.getNode());
}

/** The block a leaf stands for among its siblings: a heading stands for its section, a title for its problem,
 *  a lead for its enumeration; measures, items and paragraphs stand for themselves. */
export function $blockOfLeaf(leaf: ElementNode): ElementNode {
  if ($isSectionHeadingNode(leaf) || $isProblemTitleNode(leaf) || $isEnumerationLeadNode(leaf)) {
    const p = leaf.getParent();
    if (p && !$isRootNode(p)) return p;
  }
  return leaf;
}

export function $enclosingSection(node: LexicalNode | null): SectionNode | null {
  for (let n = node?.getParent() ?? null; n; n = n.getParent()) if ($isSectionNode(n)) return n;
  return null;
}

export function $enclosingProblem(node: LexicalNode | null): ProblemNode | null {
  for (let n: LexicalNode | null = node; n; n = n.getParent()) if ($isProblemNode(n)) return n;
  return null;
}

/** The leaf before/after `leaf` in reading order, across containers. */
export function $adjacentLeaf(leaf: ElementNode, dir: 'prev' | 'next'): ElementNode | null {
  let n: LexicalNode | null = leaf;
  while (n) {
    const sib: LexicalNode | null = dir === 'prev' ? n.getPreviousSibling() : n.getNextSibling();
    if (sib) return $edgeLeaf(sib, dir === 'prev' ? 'last' : 'first');
    n = n.getParent();
    if (!n || $isRootNode(n)) return null;
  }
  return null;
}

function $edgeLeaf(n: LexicalNode, edge: 'first' | 'last'): ElementNode | null {
  if ($isLeafBlock(n)) return n;
  if ($isContainer(n)) {
    const c = edge === 'first' ? n.getFirstChild() : n.getLastChild();
    return c ? $edgeLeaf(c, edge) : null;
  }
  return null;
}
