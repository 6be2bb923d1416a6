// Every block, measure and item needs a unique, stable id (numbering, ledger rows and saves key on it). Nodes made by
// Lexical itself (a paragraph from Enter, a pasted copy) arrive without one or with a duplicate; this fixes both.
import { $getRoot, $isParagraphNode, type LexicalNode } from 'lexical';
import { newId } from '../../../../core/common/model/ids';
import { $isEnumerationItemNode, itemState } from '../nodes/EnumerationItemNode';
import { $isEnumerationNode, enumerationState } from '../nodes/EnumerationNode';
import { $isMeasureNode, measureState } from '../nodes/MeasureNode';
import { $isProblemNode, problemState } from '../nodes/ProblemNode';
import { $isSectionNode, sectionState } from '../nodes/SectionNode';
import { $getMeta, $patchMeta, type MetaState } from '../nodes/meta';
import { paragraphState } from '../nodes/paragraph-state';

function stateOf(n: LexicalNode): [MetaState<{ id: string }>, string] | null {
  // Every meta state has an id; the casts only widen the value type for reading and patching it.
  if ($isSectionNode(n)) return [sectionState as unknown as MetaState<{ id: string }>, 's'];
  if ($isProblemNode(n)) return [problemState as unknown as MetaState<{ id: string }>, 'q'];
  if ($isMeasureNode(n)) return [measureState, 'm'];
  if ($isEnumerationNode(n)) return [enumerationState as unknown as MetaState<{ id: string }>, 'e'];
  if ($isEnumerationItemNode(n)) return [itemState, 'i'];
  if ($isParagraphNode(n)) return [paragraphState, 'p'];
  return null;
}

/** Returns how many ids it assigned, so callers can skip work when nothing changed. */
export function $ensureIds(): number {
  const seen = new Set<string>();
  let fixed = 0;
  const visit = (n: LexicalNode): void => {
    const s = stateOf(n);
    if (s) {
      const id = $getMeta(n, s[0]).id;
      if (!id || seen.has(id)) {
        const fresh = newId(s[1]);
        $patchMeta(n, s[0], { id: fresh });
        seen.add(fresh);
        fixed++;
      } else seen.add(id);
    }
    if ($isSectionNode(n) || $isProblemNode(n) || $isEnumerationNode(n)) n.getChildren().forEach(visit);
  };
  $getRoot().getChildren().forEach(visit);
  return fixed;
}
