// Body paragraphs are Lexical's own ParagraphNode; the model's id, role and guidance ride on it as node state.
import { $getState, $setState, type ParagraphNode } from 'lexical';
import type { ParagraphBlock } from '../../../../core/common/model/types';
import { metaState } from './meta';

export type ParagraphMeta = Omit<ParagraphBlock, 'type' | 'content'>;
export const paragraphState = metaState<ParagraphMeta>('qParagraph', { id: '' });

export function $getParagraphMeta(p: ParagraphNode): ParagraphMeta {
  return $getState(p, paragraphState);
}

export function $setParagraphMeta(p: ParagraphNode, meta: ParagraphMeta): ParagraphNode {
  return $setState(p, paragraphState, meta);
}
