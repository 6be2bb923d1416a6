// The draft's structure without its text, read straight from the editor: enough for numbering and counts, cheap
// enough to recompute after every structural edit. Maps model ids back to node keys for the DOM.
import { $getRoot, type LexicalNode } from 'lexical';
import type { Block, Measure } from '../../../../core/common/model/types';
import { $isEnumerationItemNode } from '../nodes/EnumerationItemNode';
import { $isEnumerationNode } from '../nodes/EnumerationNode';
import { $isMeasureNode } from '../nodes/MeasureNode';
import { $isProblemNode, type ProblemMeta } from '../nodes/ProblemNode';
import { $isSectionNode } from '../nodes/SectionNode';

export interface Skeleton {
  body: Block[];
  /** model id → key of the node whose DOM shows the ordinal (heading, problem title, measure, item). */
  keyOf: Map<string, string>;
  /** model id → heading level (1 = 一、) for sections and problems. */
  levelOf: Map<string, number>;
  /** problem id → its title, the number of measures with text and the first of them (it carries the 整改情况：lead). */
  problems: Map<string, { titleKey: string | null; title: string; measureCount: number; firstMeasureKey: string | null; meta: ProblemMeta }>;
}

export function $readSkeleton(): Skeleton {
  const sk: Skeleton = { body: [], keyOf: new Map(), levelOf: new Map(), problems: new Map() };
  sk.body = read($getRoot().getChildren(), 1, sk);
  return sk;
}

function read(nodes: LexicalNode[], level: number, sk: Skeleton): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    if ($isSectionNode(n)) {
      const meta = n.getMeta();
      const [head, ...rest] = n.getChildren();
      if (head) sk.keyOf.set(meta.id, head.getKey());
      sk.levelOf.set(meta.id, level);
      out.push({ type: 'section', ...meta, heading: [], children: read(rest, level + 1, sk) });
    } else if ($isProblemNode(n)) {
      const meta = n.getMeta();
      const measures: Measure[] = [];
      const rest: LexicalNode[] = [];
      let firstMeasureKey: string | null = null;
      let written = 0;
      const [head] = n.getChildren();
      for (const c of n.getChildren().slice(1)) {
        if ($isMeasureNode(c)) {
          const m = c.getMeta();
          sk.keyOf.set(m.id, c.getKey());
          // As printed (core/common/render/printed.ts): empty measures are unfilled slots, so the 整改情况：lead
          // goes before the first measure with text.
          if (c.getTextContent() !== '') {
            written++;
            firstMeasureKey ??= c.getKey();
          }
          measures.push({ ...m, content: [] });
        } else rest.push(c);
      }
      if (head) sk.keyOf.set(meta.id, head.getKey());
      sk.levelOf.set(meta.id, level);
      sk.problems.set(meta.id, { titleKey: head?.getKey() ?? null, title: head?.getTextContent() ?? '', measureCount: written, firstMeasureKey, meta });
      out.push({ type: 'problem', ...meta, title: [], measures, children: read(rest, level + 1, sk) });
    } else if ($isEnumerationNode(n)) {
      const meta = n.getMeta();
      const items = n.getChildren().filter($isEnumerationItemNode).map((c) => {
        sk.keyOf.set(c.getMeta().id, c.getKey());
        return { id: c.getMeta().id, content: [] };
      });
      out.push({ type: 'enumeration', ...meta, lead: [], items });
    }
  }
  return out;
}
