// Tells the session that the document changed (at once, for autosave) and hands the panels a fresh model a little
// later (they re-render per pause, not per keystroke, which keeps typing latency low on long drafts). Composition
// updates (pinyin being typed) tell nobody: the text is not the clerk's until the IME commits it, and the update
// that commits it (or the composition's end) tells everything at once.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';

export interface ModelSyncProps {
  onDirty: () => void;
  onSettled: () => void;
  settleMs?: number;
}

export function ModelSyncPlugin({ onDirty, onSettled, settleMs = 250 }: ModelSyncProps) {
  const [editor] = useLexicalComposerContext();
  const cb = useRef({ onDirty, onSettled });
  cb.current = { onDirty, onSettled };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const settle = (): void => {
      timer = null;
      if (editor.isComposing()) timer = setTimeout(settle, settleMs);
      else cb.current.onSettled();
    };
    let composed = false;
    const changed = (): void => {
      composed = false;
      cb.current.onDirty();
      if (timer) clearTimeout(timer);
      timer = setTimeout(settle, settleMs);
    };
    const off = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements, tags }) => {
      if (!dirtyLeaves.size && !dirtyElements.size) return;
      if (tags.has('qicao-load')) return;
      if (editor.isComposing()) composed = true;
      else changed();
    });
    // A composition cancelled or ended without a later update still changed the text.
    const end = (): void => void setTimeout(() => composed && !editor.isComposing() && changed(), 0);
    const offRoot = editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('compositionend', end);
      root?.addEventListener('compositionend', end);
    });
    return () => {
      off();
      offRoot();
      if (timer) clearTimeout(timer);
    };
  }, [editor, settleMs]);
  return null;
}
