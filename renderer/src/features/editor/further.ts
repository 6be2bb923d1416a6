// 按整改台账生成“需进一步整改”部分: section 三 rebuilt from the ledger (written follow-ups kept), swapped into the
// editor as one undoable step.
import { $getRoot, type LexicalEditor } from 'lexical';
import { computeCounts } from '../../../../core/common/model/counts';
import { regenerateFurtherSection } from '../../../../core/common/model/further';
import { plainInline } from '../../../../core/common/model/fields';
import type { Block, Draft, ProblemBlock, SectionBlock } from '../../../../core/common/model/types';
import { walk } from '../../../../core/common/model/walk';
import { $findById } from '../../editor/commands/find-block';
import { $blockToNode } from '../../editor/convert/draft-to-editor';

const titleKey = (p: ProblemBlock): string => plainInline(p.title).replace(/[。；，\s]+$/u, '');

function furtherProblems(body: Block[]): ProblemBlock[] {
  const s = body.find((b) => b.type === 'section' && b.role === 'further') as SectionBlock | undefined;
  const out: ProblemBlock[] = [];
  if (s) walk(s.children, (b) => void (b.type === 'problem' && out.push(b)));
  return out;
}

/** The problems section 三 lists now and would no longer list after regeneration (with what is written under them):
 *  regeneration follows the ledger, so text written for a problem whose status is not set would be thrown away. */
export function furtherWouldDrop(draft: Draft): { title: string; chars: number }[] {
  const kept = new Set(furtherProblems(regenerateFurtherSection(draft.body)).map(titleKey));
  return furtherProblems(draft.body)
    .filter((p) => !kept.has(titleKey(p)))
    .map((p) => {
      let chars = 0;
      walk([p], (b) => {
        if (b.type === 'paragraph') chars += plainInline(b.content).length;
        else if (b.type === 'problem') chars += plainInline(b.title).length + b.measures.reduce((n, m) => n + plainInline(m.content).length, 0);
      });
      return { title: plainInline(p.title), chars };
    });
}

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
