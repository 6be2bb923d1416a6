// Structural edits a clerk makes with one keystroke or a toolbar button: new aspect/problem/measure, move up/down,
// demote (Tab) and promote (Shift+Tab). All keep the reading order of the text: only levels change.
import { $createParagraphNode, $isParagraphNode, $isRootNode, type ElementNode, type LexicalNode } from 'lexical';
import { newId } from '../../../../core/common/model/ids';
import { STATUS_PHRASE } from '../../../../core/common/model/status';
import type { ProblemStatus, SectionRole } from '../../../../core/common/model/types';
import { $createMeasureNode, $isMeasureNode } from '../nodes/MeasureNode';
import { $createProblemNode, $isProblemNode, type ProblemNode, problemState } from '../nodes/ProblemNode';
import { $createProblemTitleNode, $isProblemTitleNode } from '../nodes/ProblemTitleNode';
import { $createSectionHeadingNode, $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import { $createSectionNode, $isSectionNode, type SectionNode, sectionState } from '../nodes/SectionNode';
import { $patchMeta } from '../nodes/meta';
import { $getParagraphMeta } from '../nodes/paragraph-state';
import { $blockOfLeaf, $enclosingProblem, $enclosingSection, $isContainer, $isLeafBlock, $selectedLeaf } from './leaf';
import { $getRoot } from 'lexical';

const isFirstChildSlot = (n: LexicalNode): boolean => $isSectionHeadingNode(n) || $isProblemTitleNode(n);

function $findSection(pred: (s: SectionNode) => boolean): SectionNode | null {
  let found: SectionNode | null = null;
  const visit = (n: LexicalNode): void => {
    if (found) return;
    if ($isSectionNode(n)) {
      if (pred(n)) found = n;
      else n.getChildren().forEach(visit);
    }
  };
  $getRoot().getChildren().forEach(visit);
  return found;
}

function $lastProblemIn(s: ElementNode): ProblemNode | null {
  const kids = s.getChildren();
  for (let i = kids.length - 1; i >= 0; i--) {
    const k = kids[i]!;
    if ($isProblemNode(k)) return k;
    if ($isSectionNode(k)) {
      const p = $lastProblemIn(k);
      if (p) return p;
    }
  }
  return null;
}

export function $newProblem(like?: ProblemNode | null): ProblemNode {
  const m = like?.getMeta();
  const p = $createProblemNode({
    id: newId('q'), status: 'unknown', form: m?.form ?? 'heading',
    measureStyle: m?.measureStyle ?? 'shi', measureLayout: m?.measureLayout ?? 'inline',
    measuresLabel: m ? m.measuresLabel : '整改情况',
  });
  if (p.getMeta().measuresLabel === undefined) $patchMeta(p, problemState, { measuresLabel: undefined });
  p.append($createProblemTitleNode(), $createMeasureNode({ id: newId('m') }));
  return p;
}

/** 新增问题: after the problem at the caret, else at the end of the section at the caret, else of the last aspect. */
export function $insertProblem(): ProblemNode | null {
  const leaf = $selectedLeaf();
  const current = leaf ? $enclosingProblem(leaf) : null;
  let p: ProblemNode;
  if (current) {
    p = $newProblem(current);
    current.insertAfter(p);
  } else {
    const section = (leaf && ($isSectionHeadingNode(leaf) ? leaf.getParent() as SectionNode : $enclosingSection(leaf)))
      ?? $findSection((s) => s.getMeta().role === 'aspect')
      ?? $findSection((s) => s.getMeta().role === 'rectification');
    if (!section) return null;
    // Appending into an aspect that has categories puts it in the last category, where the reader expects it.
    const lastCategory = section.getChildren().filter($isSectionNode).at(-1);
    const target = section.getMeta().role === 'aspect' && lastCategory ? lastCategory : section;
    p = $newProblem($lastProblemIn(target));
    target.append(p);
  }
  p.getFirstChildOrThrow<ElementNode>().selectStart();
  return p;
}

/** 新增方面: a new aspect after the one at the caret (or at the end of 整改情况), with one empty problem. */
export function $insertAspect(): SectionNode | null {
  const leaf = $selectedLeaf();
  let aspect: SectionNode | null = null;
  for (let n: LexicalNode | null = leaf; n; n = n.getParent()) if ($isSectionNode(n) && n.getMeta().role === 'aspect') aspect = n;
  const rect = $findSection((s) => s.getMeta().role === 'rectification');
  const s = $createSectionNode({ id: newId('s'), role: 'aspect' });
  s.append($createSectionHeadingNode(), $newProblem(aspect ? $lastProblemIn(aspect) : null));
  if (aspect) aspect.insertAfter(s);
  else if (rect) rect.append(s);
  else $getRoot().append(s);
  s.getFirstChildOrThrow<ElementNode>().selectStart();
  return s;
}

/** 新增措施: after the measure at the caret, or as the last measure of the problem at the caret. */
export function $insertMeasure(): boolean {
  const leaf = $selectedLeaf();
  const problem = leaf ? $enclosingProblem(leaf) : null;
  if (!problem) return false;
  const m = $createMeasureNode({ id: newId('m') });
  if ($isMeasureNode(leaf) && leaf.getParent()?.is(problem)) leaf.insertAfter(m);
  else {
    const last = problem.getChildren().filter($isMeasureNode).at(-1) ?? problem.getFirstChildOrThrow();
    last.insertAfter(m);
  }
  m.selectStart();
  return true;
}

/** 上移/下移 the block at the caret among its siblings; a heading or title never leaves the top of its container. */
export function $moveBlock(dir: 'up' | 'down'): boolean {
  const leaf = $selectedLeaf();
  if (!leaf) return false;
  const block = $blockOfLeaf(leaf);
  if (dir === 'up') {
    const prev = block.getPreviousSibling();
    if (!prev || isFirstChildSlot(prev)) return false;
    prev.insertBefore(block);
  } else {
    const next = block.getNextSibling();
    if (!next) return false;
    next.insertAfter(block);
  }
  return true;
}

function roleUnder(parent: ElementNode, old: SectionRole): SectionRole {
  if (!['aspect', 'category', 'generic'].includes(old)) return old;
  const pr = $isSectionNode(parent) ? parent.getMeta().role : null;
  if (pr === 'rectification') return 'aspect';
  if (pr === 'aspect') return 'category';
  return old === 'generic' ? 'generic' : 'generic';
}

function $fixRole(s: SectionNode): void {
  const parent = s.getParent();
  if (!parent) return;
  const role = roleUnder(parent, s.getMeta().role);
  if (role !== s.getMeta().role) $patchMeta(s, sectionState, { role });
}

/** Tab: a section or problem goes one level down (into the section before it); a paragraph becomes a heading. */
export function $demote(): boolean {
  const leaf = $selectedLeaf();
  if (!leaf) return false;
  const block = $blockOfLeaf(leaf);
  if ($isSectionNode(block) || $isProblemNode(block)) {
    const prev = block.getPreviousSibling();
    if (!$isSectionNode(prev)) return false;
    prev.append(block);
    if ($isSectionNode(block)) $fixRole(block);
    return true;
  }
  if ($isParagraphNode(block)) {
    const parent = block.getParent();
    if (!parent || $isContainer(parent) === false && !$isRootNode(parent)) return false;
    const meta = $getParagraphMeta(block);
    const s = $createSectionNode({ id: meta.id || newId('s'), role: 'generic' });
    const heading = $createSectionHeadingNode();
    heading.append(...block.getChildren());
    // Following paragraphs up to the next heading become the new section's body, so the text stays in order.
    const body: LexicalNode[] = [];
    for (let n = block.getNextSibling(); n && !$isSectionNode(n) && !$isProblemNode(n); n = n.getNextSibling()) body.push(n);
    block.replace(s);
    s.append(heading, ...body);
    $fixRole(s);
    heading.selectEnd();
    return true;
  }
  return false;
}

/** Shift+Tab: a section or problem goes one level up, after its parent; what followed it there becomes its body. */
export function $promote(): boolean {
  const leaf = $selectedLeaf();
  if (!leaf) return false;
  const block = $blockOfLeaf(leaf);
  const parent = block.getParent();
  if (!$isSectionNode(parent)) return false;
  if ($isSectionNode(block) || $isProblemNode(block)) {
    const following = block.getNextSiblings();
    parent.insertAfter(block);
    if (following.length) block.append(...following);
    if ($isSectionNode(block)) $fixRole(block);
    return true;
  }
  if ($isParagraphNode(block) && !block.getNextSibling()) {
    parent.insertAfter(block);
    return true;
  }
  return false;
}

/** Sets a problem's status and regenerates the phrase the text states it with. */
export function $setProblemStatus(p: ProblemNode, status: ProblemStatus): void {
  $patchMeta(p, problemState, { status, statusPhrase: STATUS_PHRASE[status] || undefined });
}

/** Removes the section or problem at the caret and puts the caret where it was. */
export function $deleteBlockAtCaret(): boolean {
  const leaf = $selectedLeaf();
  if (!leaf) return false;
  const block = $blockOfLeaf(leaf);
  if (!$isSectionNode(block) && !$isProblemNode(block)) return false;
  const next = block.getNextSibling() ?? block.getPreviousSibling();
  const parent = block.getParent();
  block.remove();
  if (next && $isLeafBlock(next)) next.selectStart();
  else if (next && $isContainer(next)) next.getFirstChildOrThrow<ElementNode>().selectStart();
  else if (parent && $isContainer(parent)) parent.getFirstChildOrThrow<ElementNode>().selectEnd();
  else {
    const p = $createParagraphNode();
    $getRoot().append(p);
    p.select();
  }
  return true;
}
