// Editor → model: reads the tree back into blocks. Pure over the editor state; the draft's other parts (fields,
// profile, options) come from `base`, which the session keeps.
import { $getRoot, $isElementNode, $isParagraphNode, type LexicalNode } from 'lexical';
import type { Block, Draft, EnumerationItem, Inline, Measure } from '../../../../core/common/model/types';
import { newId } from '../../../../core/common/model/ids';
import { $isEnumerationItemNode } from '../nodes/EnumerationItemNode';
import { $isEnumerationLeadNode } from '../nodes/EnumerationLeadNode';
import { $isEnumerationNode } from '../nodes/EnumerationNode';
import { $isMeasureNode } from '../nodes/MeasureNode';
import { $isProblemNode } from '../nodes/ProblemNode';
import { $isProblemTitleNode } from '../nodes/ProblemTitleNode';
import { $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import { $isSectionNode } from '../nodes/SectionNode';
import { $getParagraphMeta } from '../nodes/paragraph-state';
import { $nodesToInlines } from './inline';

export function $editorToDraft(base: Draft): Draft {
  return { ...base, body: $editorToBlocks() };
}

export function $editorToBlocks(): Block[] {
  return $nodesToBlocks($getRoot().getChildren());
}

export function $nodesToBlocks(nodes: LexicalNode[]): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    const b = $nodeToBlock(n);
    if (b) out.push(b);
  }
  return out;
}

/** Ids are kept from node state; a node created by editing without one gets a fresh id here and keeps it nowhere,
 *  so callers that need stable ids for new nodes assign them when creating the node. `toBlocks` converts the
 *  children (convert/block-cache.ts passes one that reuses unchanged blocks). */
export function $nodeToBlock(n: LexicalNode, toBlocks: (nodes: LexicalNode[]) => Block[] = $nodesToBlocks): Block | null {
  if ($isSectionNode(n)) {
    const meta = n.getMeta();
    const [first, ...rest] = n.getChildren();
    const heading = $isSectionHeadingNode(first) ? $nodesToInlines(first) : [];
    const children = toBlocks($isSectionHeadingNode(first) ? rest : n.getChildren());
    return { type: 'section', ...meta, id: meta.id || newId('s'), heading, children };
  }
  if ($isProblemNode(n)) {
    const meta = n.getMeta();
    const measures: Measure[] = [];
    const rest: LexicalNode[] = [];
    let title: Inline[] = [];
    for (const c of n.getChildren()) {
      if ($isProblemTitleNode(c)) title = $nodesToInlines(c);
      else if ($isMeasureNode(c)) {
        const m = c.getMeta();
        measures.push({ ...m, id: m.id || newId('m'), content: $nodesToInlines(c) });
      } else rest.push(c);
    }
    return { type: 'problem', ...meta, id: meta.id || newId('q'), title, measures, children: toBlocks(rest) };
  }
  if ($isEnumerationNode(n)) {
    const meta = n.getMeta();
    let lead: Inline[] = [];
    const items: EnumerationItem[] = [];
    for (const c of n.getChildren()) {
      if ($isEnumerationLeadNode(c)) lead = $nodesToInlines(c);
      else if ($isEnumerationItemNode(c)) items.push({ ...c.getMeta(), id: c.getMeta().id || newId('i'), content: $nodesToInlines(c) });
      else if ($isElementNode(c)) items.push({ id: newId('i'), content: $nodesToInlines(c) });
    }
    return { type: 'enumeration', ...meta, id: meta.id || newId('e'), lead, items };
  }
  if ($isParagraphNode(n)) {
    const meta = $getParagraphMeta(n);
    return { type: 'paragraph', ...meta, id: meta.id || newId('p'), content: $nodesToInlines(n) };
  }
  // Stray leaves (a heading or measure that lost its container) read as paragraphs rather than vanish.
  if ($isElementNode(n)) return { type: 'paragraph', id: newId('p'), content: $nodesToInlines(n) };
  return null;
}
