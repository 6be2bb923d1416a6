// Applies a finding's fix where the clerk would have typed it: body text through the editor (one undo step, other
// edits untouched), a draft field (标题, 署名…) through the session like the 字段 tab does.
import type { LexicalEditor } from 'lexical';
import { applyFixToText, type Finding } from '../../../../core/common/checks';
import { fieldValue, isFieldKey } from '../../../../core/common/model/fields';
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import { $leafAt, $replaceInLeaf } from '../../editor/commands/find-block';

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
    ok = leaf !== null && $replaceInLeaf(leaf, loc.start!, loc.end!, fix.replacement);
  }, { discrete: true });
  return ok;
}
