// 按整改台账生成“需进一步整改”部分: section 三 rebuilt from the ledger (written follow-ups kept; what it keeps or
// drops is decided in core/common/model/further.ts), swapped into the editor as one undoable step.
import { $getRoot, type LexicalEditor } from 'lexical';
import { computeCounts } from '../../../../core/common/model/counts';
import { regenerateFurtherSection } from '../../../../core/common/model/further';
import type { Draft, SectionBlock } from '../../../../core/common/model/types';
import { walk } from '../../../../core/common/model/walk';
import { $findById } from '../../editor/commands/find-block';
import { $blockToNode } from '../../editor/convert/draft-to-editor';

/** Returns how many problems section 三 now lists. */
export function regenerateFurther(editor: LexicalEditor, draft: Draft): number {
  const body = regenerateFurtherSection(draft.body);
  const at = body.findIndex((b) => b.type === 'section' && b.role === 'further');
  const further = body[at] as SectionBlock | undefined;
  if (!further) return 0;
  let problems = 0;
  walk(further.children, (b) => void (b.type === 'problem' && problems++));
  const ctx = { draft: { ...draft, body }, counts: computeCounts(body) };
  editor.update(() => {
    const node = $blockToNode(further, ctx);
    const old = $findById(further.id);
    const prev = at > 0 ? $findById(body[at - 1]!.id) : null;
    if (old) old.replace(node);
    else if (prev) prev.insertAfter(node);
    else $getRoot().append(node);
  });
  return problems;
}
