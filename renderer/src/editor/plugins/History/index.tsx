// Undo/redo as Lexical's HistoryPlugin, with a bounded stack: each undo step holds a whole editor state (≈ 25 KB for
// a putian-size draft), and an unbounded stack grew the page by 45 MB over 2,000 keystrokes (test/bench/editor.bench.ts).
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** Undo steps kept (Word keeps 100 by default). */
export const UNDO_DEPTH = 100;
/** Changes of one kind within this many milliseconds are one undo step, as in Lexical's own plugin. */
const MERGE_MS = 1000;

export function HistoryPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerHistory(editor, createEmptyHistoryState(), MERGE_MS, Date.now, undefined, UNDO_DEPTH), [editor]);
  return null;
}
