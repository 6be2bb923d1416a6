// 大纲: the headings with their computed numbers; click to go there.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useMemo } from 'react';
import type { Draft } from '../../../../core/common/model/types';
import { outlineItems } from '../../../../core/common/view/outline';
import { REVEAL_BLOCK_COMMAND } from '../../editor/commands/editor-commands';

export function OutlinePanel({ draft }: { draft: Draft }) {
  const [editor] = useLexicalComposerContext();
  const items = useMemo(() => outlineItems(draft), [draft]);
  return (
    <nav className="outline-panel" aria-label="大纲">
      <ul>
        {items.map((it) => (
          <li key={it.id} className={`lvl-${Math.min(it.level, 4)}${it.problem ? ' problem' : ''}`}>
            <button type="button" onClick={() => {
              editor.dispatchCommand(REVEAL_BLOCK_COMMAND, it.id);
              editor.focus();
            }}>{it.text}</button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
