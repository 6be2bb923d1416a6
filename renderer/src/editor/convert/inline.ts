// Inline content both ways: TextRun ⇄ TextNode, FieldRef ⇄ FieldNode (holding the value's text), CountRef ⇄ CountNode.
import { $createTextNode, $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import type { Counts } from '../../../../core/common/model/counts';
import { fieldText } from '../../../../core/common/model/fields';
import type { Draft, Inline } from '../../../../core/common/model/types';
import { $createCountNode, $isCountNode } from '../nodes/CountNode';
import { $createFieldNode, $isFieldNode } from '../nodes/FieldNode';

export interface InlineContext {
  draft: Pick<Draft, 'fields' | 'profile'>;
  counts: Counts;
}

export function $inlinesToNodes(content: Inline[], ctx: InlineContext): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const part of content) {
    if (part.t === 'text') {
      if (part.text) out.push($createTextNode(part.text));
    } else if (part.t === 'field') {
      const f = $createFieldNode(part.key);
      const value = fieldText(ctx.draft, part.key);
      if (value) f.append($createTextNode(value));
      out.push(f);
    } else {
      const c = $createCountNode(part.stated === undefined ? { key: part.key } : { key: part.key, stated: part.stated });
      c.append($createTextNode(String(ctx.counts[part.key])));
      out.push(c);
    }
  }
  return out;
}

export function $appendInlines(parent: ElementNode, content: Inline[], ctx: InlineContext): ElementNode {
  const nodes = $inlinesToNodes(content, ctx);
  if (nodes.length) parent.append(...nodes);
  return parent;
}

/** The model's inline content of a leaf block; adjacent text merges, line breaks become nothing (not in the model). */
export function $nodesToInlines(parent: ElementNode): Inline[] {
  const out: Inline[] = [];
  const pushText = (s: string): void => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last?.t === 'text') last.text += s;
    else out.push({ t: 'text', text: s });
  };
  for (const child of parent.getChildren()) {
    if ($isFieldNode(child)) out.push({ t: 'field', key: child.getKeyName() });
    else if ($isCountNode(child)) {
      const m = child.getMeta();
      out.push(m.stated === undefined ? { t: 'count', key: m.key } : { t: 'count', key: m.key, stated: m.stated });
    } else if ($isTextNode(child)) pushText(child.getTextContent());
    else if ($isLineBreakNode(child)) continue;
    else if ($isElementNode(child)) {
      for (const i of $nodesToInlines(child)) {
        if (i.t === 'text') pushText(i.text);
        else out.push(i);
      }
    }
  }
  return out;
}
