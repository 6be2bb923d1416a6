// The session's block cache (convert/block-cache.ts) reuses the conversion of unchanged top-level blocks: after any
// kind of edit it must read exactly what a fresh conversion of the whole editor reads.
import { $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../renderer/src/editor/convert/block-cache';
import { $editorToBlocks } from '../../renderer/src/editor/convert/editor-to-draft';
import { $isMeasureNode, measureState } from '../../renderer/src/editor/nodes/MeasureNode';
import { $patchMeta } from '../../renderer/src/editor/nodes/meta';
import { putianSizeDraft } from '../support/synthetic-draft';
import { headlessEditor, loadDraft } from './helpers';

function $all(n: LexicalNode, out: LexicalNode[] = []): LexicalNode[] {
  out.push(n);
  if ($isElementNode(n)) for (const c of n.getChildren()) $all(c, out);
  return out;
}

function setup(): { editor: LexicalEditor; cache: BlockCache; cached: () => unknown; fresh: () => unknown } {
  const editor = headlessEditor();
  loadDraft(editor, putianSizeDraft());
  const cache = new BlockCache();
  cache.attach(editor);
  return {
    editor, cache,
    cached: () => editor.getEditorState().read(() => cache.$blocks()),
    fresh: () => editor.getEditorState().read($editorToBlocks),
  };
}

describe('block cache', () => {
  it('reads what a fresh conversion reads after typing, a meta change, a removal, an insertion and a whole new state', () => {
    const { editor, cached, fresh } = setup();
    expect(cached()).toEqual(fresh());
    const first = cached();

    // Typing in one measure deep inside a section.
    editor.update(() => {
      const t = $all($getRoot()).filter($isTextNode)[200]!;
      t.setTextContent(`${t.getTextContent()}新增的文字`);
    }, { discrete: true });
    const typed = cached();
    expect(typed).toEqual(fresh());
    expect(JSON.stringify(typed)).toContain('新增的文字');
    // Untouched sections are the very same objects (reused), the touched one is new.
    const same = (typed as unknown[]).filter((b, i) => b === (first as unknown[])[i]).length;
    expect(same).toBeGreaterThan(0);
    expect(same).toBeLessThan((first as unknown[]).length);
    // Inside the touched section too: only the blocks on the path to the change are converted again.
    type Tree = { children?: Tree[] };
    const i = (typed as Tree[]).findIndex((b, k) => b !== (first as Tree[])[k]);
    const kids = (t: Tree): Tree[] => t.children ?? [];
    const kidsBefore = kids((first as Tree[])[i]!);
    const after = kids((typed as Tree[])[i]!);
    expect(after.length).toBe(kidsBefore.length);
    expect(after.filter((b, k) => b === kidsBefore[k]).length).toBe(after.length - 1);

    // A measure's status-like meta (node state, no text change).
    editor.update(() => {
      const m = $all($getRoot()).filter($isMeasureNode)[5]!;
      $patchMeta(m, measureState, { carried: true });
    }, { discrete: true });
    expect(cached()).toEqual(fresh());

    // A block removed, another inserted.
    editor.update(() => {
      const root = $getRoot();
      root.getChildren()[1]!.remove();
      const last = $all(root).filter($isTextNode).at(-1)!;
      last.insertAfter($createTextNode('末尾'));
    }, { discrete: true });
    expect(cached()).toEqual(fresh());

    // A whole new state, as undo sets it: the earlier state comes back exactly.
    const earlier = editor.getEditorState();
    editor.update(() => {
      const t = $all($getRoot()).filter($isTextNode)[10]!;
      t.setTextContent('改掉');
    }, { discrete: true });
    expect(cached()).toEqual(fresh());
    editor.setEditorState(earlier);
    expect(cached()).toEqual(fresh());
    // Undo and redo (History sets the state with the 'historic' tag).
    const before = editor.getEditorState();
    editor.update(() => $all($getRoot()).filter($isTextNode)[30]!.setTextContent('再改'), { discrete: true });
    expect(cached()).toEqual(fresh());
    editor.setEditorState(before, { tag: 'historic' });
    expect(cached()).toEqual(fresh());
    expect(JSON.stringify(cached())).not.toContain('再改');
  });
});
