// Guidance placeholders for empty body paragraphs (the model's `guidance`): shown by CSS from data attributes,
// never text, so they are never saved or exported.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isParagraphNode, ParagraphNode } from 'lexical';
import { useEffect } from 'react';
import { markEmpty } from '../../nodes/meta';
import { $getParagraphMeta } from '../../nodes/paragraph-state';

export function GuidancePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() =>
    editor.registerMutationListener(ParagraphNode, (mutations) => {
      editor.getEditorState().read(() => {
        for (const [key, kind] of mutations) {
          if (kind === 'destroyed') continue;
          const node = $getNodeByKey(key);
          const dom = editor.getElementByKey(key);
          if (!$isParagraphNode(node) || !dom) continue;
          const guidance = $getParagraphMeta(node).guidance;
          markEmpty(dom, node.getChildrenSize() === 0, guidance ?? '');
        }
      });
    }), [editor]);
  return null;
}
