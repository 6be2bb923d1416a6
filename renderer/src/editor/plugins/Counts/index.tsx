// Counts are fields (DESIGN.md §3): every CountNode shows the count computed from the ledger, rewritten after each
// structural or status change. Never while composing: node text changes mid-composition misplace IME input.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createTextNode, $getNodeByKey, $isTextNode, COMPOSITION_END_TAG } from 'lexical';
import { useEffect } from 'react';
import { computeCounts } from '../../../../../core/common/model/counts';
import { $readSkeleton } from '../../convert/skeleton';
import { $isCountNode, CountNode } from '../../nodes/CountNode';
import { MeasureNode } from '../../nodes/MeasureNode';
import { ProblemNode } from '../../nodes/ProblemNode';
import { SectionNode } from '../../nodes/SectionNode';

export function CountsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const countKeys = new Set<string>();
    let stale = true;
    const refresh = (): void => {
      if (!countKeys.size || editor.isComposing()) return;
      const counts = editor.getEditorState().read(() => computeCounts($readSkeleton().body));
      const wrong = editor.getEditorState().read(() =>
        [...countKeys].filter((k) => {
          const n = $getNodeByKey(k);
          return $isCountNode(n) && n.getTextContent() !== String(counts[n.getMeta().key]);
        }));
      stale = false;
      if (!wrong.length) return;
      editor.update(() => {
        for (const k of wrong) {
          const n = $getNodeByKey(k);
          if (!$isCountNode(n)) continue;
          const text = String(counts[n.getMeta().key]);
          const child = n.getFirstChild();
          if ($isTextNode(child)) child.setTextContent(text);
          else n.append($createTextNode(text));
        }
      }, { tag: 'history-merge' });
    };
    return mergeRegister(
      editor.registerMutationListener(CountNode, (m) => {
        for (const [k, kind] of m) {
          if (kind === 'destroyed') countKeys.delete(k);
          else countKeys.add(k);
        }
        stale = true;
      }),
      ...[SectionNode, ProblemNode, MeasureNode].map((k) => editor.registerMutationListener(k, () => {
        stale = true;
      }, { skipInitialization: true })),
      editor.registerUpdateListener(({ tags }) => {
        if (stale || tags.has(COMPOSITION_END_TAG)) queueMicrotask(refresh);
      }),
    );
  }, [editor]);
  return null;
}
