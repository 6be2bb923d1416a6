// Applies a finding's fix where the clerk would have typed it: body text through the editor (one undo step, other
// edits untouched), a draft field (标题, 署名…) through the session like the 字段 tab does.
import type { LexicalEditor } from 'lexical';
import { applyFixToText, type Finding } from '../../../../core/common/checks';
import { fieldValue, isFieldKey } from '../../../../core/common/model/fields';
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import { $createTextNode } from 'lexical';
import { $leafAt, $replaceInLeaf, $replaceRangeWithNode } from '../../editor/commands/find-block';
import { $createCountNode } from '../../editor/nodes/CountNode';

/** The draft field a finding is in, when it is not in the body. */
export function findingFieldKey(f: Finding): FieldKey | null {
  if (f.location.blockId) return null;
  const k = f.location.field;
  return k && isFieldKey(k) ? k : null;
}

export function applyFix(
  f: Finding,
  editor: LexicalEditor,
  draft: Draft,
  setField: (k: FieldKey, v: string) => void,
): boolean {
  const { fix, location: loc } = f;
  if (!fix || loc.start === undefined || loc.end === undefined) return false;
  const key = findingFieldKey(f);
  if (key) {
    setField(key, applyFixToText(fieldValue(draft, key), loc.start, loc.end, fix.replacement));
    return true;
  }
  let ok = false;
  editor.update(() => {
    const leaf = $leafAt(loc);
    if (leaf && fix.count) {
      // 改为按台账计算: the typed number becomes a count the ledger drives (its text is refreshed by the counts plugin).
      const count = $createCountNode({ key: fix.count }).append($createTextNode(fix.replacement));
      ok = $replaceRangeWithNode(leaf, loc.start!, loc.end!, count);
    } else ok = leaf !== null && $replaceInLeaf(leaf, loc.start!, loc.end!, fix.replacement);
  }, { discrete: true });
  return ok;
}
