// Model → editor: replaces the root's children with nodes that map one to one onto the draft's blocks.
import { $createParagraphNode, $getRoot, type LexicalNode } from 'lexical';
import { computeCounts } from '../../../../core/common/model/counts';
import type { Block, Draft } from '../../../../core/common/model/types';
import { $createEnumerationItemNode } from '../nodes/EnumerationItemNode';
import { $createEnumerationLeadNode } from '../nodes/EnumerationLeadNode';
import { $createEnumerationNode } from '../nodes/EnumerationNode';
import { $createMeasureNode } from '../nodes/MeasureNode';
import { $createProblemNode } from '../nodes/ProblemNode';
import { $createProblemTitleNode } from '../nodes/ProblemTitleNode';
import { $createSectionHeadingNode } from '../nodes/SectionHeadingNode';
import { $createSectionNode } from '../nodes/SectionNode';
import { $setParagraphMeta } from '../nodes/paragraph-state';
import { $appendInlines, type InlineContext } from './inline';

export function $draftToEditor(draft: Draft): void {
  const root = $getRoot();
  root.clear();
  const ctx: InlineContext = { draft, counts: computeCounts(draft.body) };
  const nodes = $blocksToNodes(draft.body, ctx);
  // An empty draft still needs a place for the caret.
  root.append(...(nodes.length ? nodes : [$createParagraphNode()]));
}

export function $blocksToNodes(blocks: Block[], ctx: InlineContext): LexicalNode[] {
  return blocks.map((b) => $blockToNode(b, ctx));
}

export function $blockToNode(b: Block, ctx: InlineContext): LexicalNode {
  switch (b.type) {
    case 'paragraph': {
      const { type: _t, content, ...meta } = b;
      return $appendInlines($setParagraphMeta($createParagraphNode(), meta), content, ctx);
    }
    case 'section': {
      const { type: _t, heading, children, ...meta } = b;
      const s = $createSectionNode(meta);
      s.append($appendInlines($createSectionHeadingNode(), heading, ctx), ...$blocksToNodes(children, ctx));
      return s;
    }
    case 'problem': {
      const { type: _t, title, measures, children, ...meta } = b;
      const p = $createProblemNode(meta);
      p.append($appendInlines($createProblemTitleNode(), title, ctx));
      for (const { content, ...m } of measures) p.append($appendInlines($createMeasureNode(m), content, ctx));
      p.append(...$blocksToNodes(children, ctx));
      return p;
    }
    case 'enumeration': {
      const { type: _t, lead, items, ...meta } = b;
      const e = $createEnumerationNode(meta);
      e.append($appendInlines($createEnumerationLeadNode(), lead, ctx));
      for (const { content, ...it } of items) e.append($appendInlines($createEnumerationItemNode(it), content, ctx));
      return e;
    }
  }
}
