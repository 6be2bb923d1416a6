// Backspace at the start of a block never merges text across structure (a measure into a problem title, a body
// paragraph into a heading): it removes an empty block or just moves the caret back, as a clerk expects.
import { $getSelection, $isParagraphNode, $isRangeSelection, type ElementNode } from 'lexical';
import { $isEnumerationItemNode } from '../nodes/EnumerationItemNode';
import { $isMeasureNode } from '../nodes/MeasureNode';
import { $isProblemTitleNode } from '../nodes/ProblemTitleNode';
import { $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import { $adjacentLeaf, $leafOf } from './leaf';

const mergeable = (n: ElementNode): boolean => $isParagraphNode(n) || $isMeasureNode(n) || $isEnumerationItemNode(n);

export function $backspaceAtStart(): boolean {
  const sel = $getSelection();
  if (!$isRangeSelection(sel) || !sel.isCollapsed() || sel.anchor.offset !== 0) return false;
  const leaf = $leafOf(sel.anchor.getNode());
  if (!leaf) return false;
  const first = leaf.getFirstDescendant();
  if (sel.anchor.key !== leaf.getKey() && sel.anchor.key !== first?.getKey()) return false;
  const prev = $adjacentLeaf(leaf, 'prev');
  // Same kind under the same parent: the ordinary merge is what a clerk means.
  if (prev && mergeable(leaf) && prev.getType() === leaf.getType() && prev.getParent()?.is(leaf.getParent())) return false;
  const empty = leaf.getTextContent() === '';
  if (empty && ($isSectionHeadingNode(leaf) || $isProblemTitleNode(leaf))) {
    const container = leaf.getParentOrThrow();
    if (container.getTextContent() === '') {
      container.remove();
      prev?.selectEnd();
      return true;
    }
  } else if (empty && mergeable(leaf) && prev) {
    leaf.remove();
    prev.selectEnd();
    return true;
  }
  prev?.selectEnd();
  return true;
}
