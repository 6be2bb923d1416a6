// Tells the session that the document changed (at once, for autosave) and hands the panels a fresh model a little
// later (they re-render per pause, not per keystroke, which keeps typing latency low on long drafts).
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
    const off = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements, tags }) => {
      if (!dirtyLeaves.size && !dirtyElements.size) return;
      if (tags.has('qicao-load')) return;
      cb.current.onDirty();
      if (timer) clearTimeout(timer);
      timer = setTimeout(settle, settleMs);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [editor, settleMs]);
  return null;
}
