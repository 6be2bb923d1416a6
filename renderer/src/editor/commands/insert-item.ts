// 插入 menu items that are not structure commands: a heading at the caret's level, a paragraph, the 成文日期 field,
// the 监督联系段 built from the unit profile's fields.
import { $createParagraphNode, $getSelection, $isRangeSelection, $createTextNode, type LexicalNode } from 'lexical';
import { paragraph, section } from '../../../../core/common/model/build';
import { fieldText } from '../../../../core/common/model/fields';
import type { Draft, Inline } from '../../../../core/common/model/types';
import { computeCounts } from '../../../../core/common/model/counts';
import { $blockToNode } from '../convert/draft-to-editor';
import { $createFieldNode } from '../nodes/FieldNode';
import { $blockOfLeaf, $enclosingSection, $selectedLeaf } from './leaf';

const CONTACT: Inline[] = [
  { t: 'text', text: '欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话' },
  { t: 'field', key: 'profile.phone' },
  { t: 'text', text: '；邮政信箱：' },
  { t: 'field', key: 'profile.mailAddress' },
  { t: 'text', text: '（邮编：' },
  { t: 'field', key: 'profile.postcode' },
  { t: 'text', text: '）；电子邮箱：' },
  { t: 'field', key: 'profile.email' },
  { t: 'text', text: '。' },
];

function $afterCaretBlock(node: LexicalNode): void {
  const leaf = $selectedLeaf();
  const anchor = leaf ? $blockOfLeaf(leaf) : null;
  if (anchor) anchor.insertAfter(node);
}

export function $insertItem(item: 'section' | 'paragraph' | 'date' | 'contact', draft: Draft): boolean {
  const ctx = { draft, counts: computeCounts(draft.body) };
  const leaf = $selectedLeaf();
  if (!leaf) return false;
  if (item === 'date') {
    const sel = $getSelection();
    if (!$isRangeSelection(sel)) return false;
    const f = $createFieldNode('docDate');
    const v = fieldText(draft, 'docDate');
    if (v) f.append($createTextNode(v));
    sel.insertNodes([f]);
    return true;
  }
  if (item === 'paragraph') {
    const p = $createParagraphNode();
    $afterCaretBlock(p);
    p.select();
    return true;
  }
  if (item === 'contact') {
    const n = $blockToNode(paragraph(CONTACT, 'contact'), ctx);
    $afterCaretBlock(n);
    return true;
  }
  // A new heading at the level of the section the caret is in, after that section.
  const current = $enclosingSection(leaf);
  const n = $blockToNode(section('generic', '', [paragraph('')]), ctx);
  if (current) current.insertAfter(n);
  else $afterCaretBlock(n);
  (n as unknown as { selectStart(): void }).selectStart();
  return true;
}
