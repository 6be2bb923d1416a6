// Paste from Word, WPS and web pages: text and paragraph breaks only; typed ordinals become structure; anything
// larger than a draft could sensibly be is refused with a message instead of freezing the page. Text that reads as a
// notice (一、（一）1. 一是…) goes through the host's import parser, so problems and measures arrive as structure.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, COMMAND_PRIORITY_HIGH, type LexicalNode, PASTE_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { computeCounts } from '../../../../../core/common/model/counts';
import type { Block, Draft } from '../../../../../core/common/model/types';
import { $blockOfLeaf, $isLeafBlock, $leafOf } from '../../commands/leaf';
import { $blocksToNodes } from '../../convert/draft-to-editor';
import { $isMeasureNode } from '../../nodes/MeasureNode';
import { $isEnumerationItemNode } from '../../nodes/EnumerationItemNode';
import { $isSectionHeadingNode } from '../../nodes/SectionHeadingNode';
import { htmlToLines, textToLines } from '../../paste/html-to-lines';
import { keepListsAsWritten, leadingOrdinal, linesToBlocks } from '../../paste/lines-to-blocks';

/** Word's HTML for a 17,000-字 notice is 1–3 MB; beyond this parsing alone would stall typing for seconds. */
export const MAX_HTML_CHARS = 4_000_000;
/** About ten notices; a bigger paste is almost certainly a mistake, and import is the way for whole files. */
export const MAX_TEXT_CHARS = 300_000;

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

/** Notice structure in pasted text: typed ordinals (一、（一）1.（1）) or an enumeration (一是…二是…). */
export function looksLikeNotice(lines: string[]): boolean {
  return lines.some((l) => leadingOrdinal(l) !== null || /(?:^|[。；：])\s*[一二三四五六七八九十]{1,3}是/u.test(l));
}

/** The host's notice parser: blocks for the structure it recognised, plus a line for the clerk. */
export type ParseNotice = (text: string) => Promise<{ body: Block[]; note: string | null }>;

export interface PastePluginProps {
  draft: () => Draft;
  onNotice: (msg: string) => void;
  /** When given, pasted notice text goes through the same parser as 导入 (aspects, problems, measures, statuses). */
  parse?: ParseNotice;
}

export function PastePlugin({ draft, onNotice, parse }: PastePluginProps) {
  const [editor] = useLexicalComposerContext();
  const cb = useRef({ draft, onNotice, parse });
  cb.current = { draft, onNotice, parse };
  useEffect(() => editor.registerCommand(PASTE_COMMAND, (event) => {
    const data = 'clipboardData' in event ? event.clipboardData : null;
    if (!data) return false;
    event.preventDefault();
    const html = data.getData('text/html');
    const plain = data.getData('text/plain');
    let lines: string[];
    if (html && html.length <= MAX_HTML_CHARS) lines = htmlToLines(html);
    else if (plain.length <= MAX_TEXT_CHARS) lines = textToLines(plain);
    else {
      cb.current.onNotice(`粘贴的内容过大（约 ${mb(Math.max(html.length, plain.length) * 2)} MB），单次最多粘贴 ${MAX_TEXT_CHARS / 10_000} 万字。文稿没有改动；请分段粘贴，或用“导入”打开整篇文件。`);
      return true;
    }
    const total = lines.reduce((n, l) => n + l.length, 0);
    if (total > MAX_TEXT_CHARS) {
      cb.current.onNotice(`粘贴的文字过多（${total} 字），单次最多粘贴 ${MAX_TEXT_CHARS / 10_000} 万字。文稿没有改动；请分段粘贴。`);
      return true;
    }
    if (!lines.length) return true;
    const insert = (blocks: Block[] | null): void => editor.update(() => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel)) return;
      const leaf = $leafOf(sel.anchor.getNode());
      if (blocks && leaf) {
        const d = cb.current.draft();
        const nodes = $blocksToNodes(blocks, { draft: d, counts: computeCounts(d.body) });
        // Problems and enumerations hold no sections: pasted structure goes after them.
        const anchor = $isLeafBlock(leaf) && !$isParagraphNode(leaf) && !$isSectionHeadingNode(leaf) ? $blockOfLeaf(leaf) : leaf;
        const target = $isMeasureNode(leaf) || $isEnumerationItemNode(leaf) ? leaf.getParentOrThrow() : anchor;
        let last: LexicalNode = target;
        for (const n of nodes) {
          last.insertAfter(n);
          last = n;
        }
        if ($isParagraphNode(leaf) && leaf.getTextContent() === '') leaf.remove();
        const lastDesc = $isElementNode(last) ? last.getLastDescendant() : last;
        ($leafOf(lastDesc) ?? ($isElementNode(last) ? last : null))?.selectEnd();
        return;
      }
      lines.forEach((line, i) => {
        const cur = $getSelection();
        if (!$isRangeSelection(cur)) return;
        if (i > 0) cur.insertParagraph();
        const now = $getSelection();
        if ($isRangeSelection(now)) now.insertText(line);
      });
    }, { tag: 'paste' });
    const parser = cb.current.parse;
    if (parser && looksLikeNotice(lines)) {
      // The caret stays where the clerk pasted while the host parses (tens of milliseconds for a whole notice).
      parser(lines.join('\n')).then(({ body, note }) => {
        insert(body.length ? keepListsAsWritten(body, lines) : linesToBlocks(lines));
        if (note) cb.current.onNotice(note);
      }, () => insert(linesToBlocks(lines)));
    } else insert(linesToBlocks(lines));
    return true;
  }, COMMAND_PRIORITY_HIGH), [editor]);
  return null;
}
