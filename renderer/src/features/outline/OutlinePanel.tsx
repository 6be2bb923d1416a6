// 大纲: the headings with their computed numbers; click to go there.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useMemo } from 'react';
import { computeCounts } from '../../../../core/common/model/counts';
import { inlineText } from '../../../../core/common/model/fields';
import { draftNumbering } from '../../../../core/common/model/numbering';
import type { Draft } from '../../../../core/common/model/types';
import { walk } from '../../../../core/common/model/walk';
import { REVEAL_BLOCK_COMMAND } from '../../editor/commands/editor-commands';

export function OutlinePanel({ draft }: { draft: Draft }) {
  const [editor] = useLexicalComposerContext();
  const items = useMemo(() => {
    const numbering = draftNumbering(draft);
    const ctx = { draft, counts: computeCounts(draft.body) };
    const out: { id: string; level: number; text: string; problem: boolean }[] = [];
    walk(draft.body, (b, c) => {
      if (b.type === 'section') out.push({ id: b.id, level: c.level, text: `${numbering.get(b.id) ?? ''}${inlineText(b.heading, ctx) || '（无标题）'}`, problem: false });
      else if (b.type === 'problem') out.push({ id: b.id, level: c.level, text: `${numbering.get(b.id) ?? ''}${inlineText(b.title, ctx) || '（未填写问题）'}`, problem: true });
    });
    return out;
  }, [draft]);
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
