// The LexicalComposer configuration for one draft: Qicao's nodes, the draft loaded as the initial state.
import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import type { Draft } from '../../../core/common/model/types';
import { $draftToEditor } from './convert/draft-to-editor';
import { QICAO_NODES } from './nodes/registry';
import { theme } from './theme';

export function initialConfig(draft: Draft, onError: (e: Error) => void): InitialConfigType {
  return {
    namespace: `qicao-${draft.id}`,
    nodes: QICAO_NODES,
    theme,
    onError,
    editorState: () => $draftToEditor(draft),
  };
}
