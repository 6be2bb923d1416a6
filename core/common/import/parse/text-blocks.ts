// Plain body lines → paragraphs and 一是/（1） enumerations (inline runs or one item a line).
import { enumeration, paragraph } from '../../model/build';
import type { Block, EnumerationBlock, Inline } from '../../model/types';
import type { TextLine } from '../clean/chrome';
import { leadingShi, splitParenRun, splitShiRun } from './ordinals';

/** Text as published: numbers the notice states stay typed (a count binds to the ledger only when the clerk says so). */
export function inlines(text: string): Inline[] {
  return text ? [{ t: 'text', text }] : [];
}

/** One text as a paragraph, or an inline enumeration when it holds a run of two or more markers. */
export function textBlock(text: string): Block {
  const shi = splitShiRun(text);
  const run = shi ?? splitParenRun(text);
  if (run) {
    const e = enumeration(shi ? 'shi' : 'paren', [], inlines(run.lead), 'inline');
    return withItems(e, run.items.map((t) => inlines(t)));
  }
  return paragraph(inlines(text));
}

function withItems(e: EnumerationBlock, items: Inline[][]): EnumerationBlock {
  const filled = enumeration(e.style, items, e.lead, e.layout);
  return { ...filled, id: e.id };
}

/** Lines → blocks; consecutive lines "一是…" "二是…" form one block-layout enumeration. */
export function textBlocks(lines: TextLine[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (leadingShi(text) === 1 && lines[i + 1] && leadingShi(lines[i + 1]!.text) === 2) {
      const items: string[] = [];
      let n = 1;
      while (i < lines.length && leadingShi(lines[i]!.text) === n) {
        items.push(lines[i]!.text.replace(/^[一二三四五六七八九十]{1,3}是/, ''));
        i++;
        n++;
      }
      i--;
      // A lead paragraph ending in "：" introduces the items.
      const prev = out[out.length - 1];
      let lead: Inline[] = [];
      if (prev?.type === 'paragraph' && /：$/.test(prev.content.map((c) => (c.t === 'text' ? c.text : '')).join(''))) {
        lead = prev.content;
        out.pop();
      }
      out.push(enumeration('shi', items.map((t) => inlines(t)), lead, 'block'));
      continue;
    }
    out.push(textBlock(text));
  }
  return out;
}
