// Text carried over from last year's draft is marked 未更新 until the clerk edits it, and the figures and dates inside
// it are highlighted: inspectors criticise notices that only update a few numbers. Each text has its own mark — a
// heading or problem title (the block's `carried`), each measure, each enumeration item — so an edit clears only
// the text that was edited.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey, $getRoot, $isParagraphNode, $isTextNode, type EditorState, type ElementNode, type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { findFacts } from '../../../../../core/common/carry-forward';
import { $blockOfLeaf, $isContainer, $leafOf } from '../../commands/leaf';
import { $isCountNode } from '../../nodes/CountNode';
import { $isEnumerationItemNode, itemState } from '../../nodes/EnumerationItemNode';
import { $isEnumerationNode, enumerationState } from '../../nodes/EnumerationNode';
import { $isFieldNode } from '../../nodes/FieldNode';
import { $isMeasureNode, measureState } from '../../nodes/MeasureNode';
import { $isProblemNode, problemState } from '../../nodes/ProblemNode';
import { $isSectionNode, sectionState } from '../../nodes/SectionNode';
import { $patchMeta } from '../../nodes/meta';
import { $getParagraphMeta, paragraphState } from '../../nodes/paragraph-state';

const HIGHLIGHT = 'qicao-stale';

function $isCarried(n: LexicalNode): boolean {
  if ($isSectionNode(n) || $isProblemNode(n) || $isEnumerationNode(n) || $isMeasureNode(n) || $isEnumerationItemNode(n)) {
    return n.getMeta().carried === true;
  }
  return $isParagraphNode(n) && $getParagraphMeta(n).carried === true;
}

/** Measures and items carry their own mark; a heading, title or lead carries its block's. */
const $ownsMark = (leaf: LexicalNode): boolean => $isMeasureNode(leaf) || $isEnumerationItemNode(leaf);

/** The node whose mark a leaf's text shows: the measure or item itself, else the block (heading → section). */
function $ownerOf(leaf: ElementNode): ElementNode | null {
  return $ownsMark(leaf) ? leaf : $blockOfLeaf(leaf);
}

function $clearCarried(n: LexicalNode): void {
  if ($isSectionNode(n)) $patchMeta(n, sectionState, { carried: undefined });
  else if ($isProblemNode(n)) $patchMeta(n, problemState, { carried: undefined });
  else if ($isEnumerationNode(n)) $patchMeta(n, enumerationState, { carried: undefined });
  else if ($isMeasureNode(n)) $patchMeta(n, measureState, { carried: undefined });
  else if ($isEnumerationItemNode(n)) $patchMeta(n, itemState, { carried: undefined });
  else if ($isParagraphNode(n)) $patchMeta(n, paragraphState, { carried: undefined });
}

/** Keys of the leaf elements whose text is carried (a section's heading, not its children: they carry their own). */
function $carriedLeafKeys(): string[] {
  const out: string[] = [];
  const visit = (n: LexicalNode): void => {
    const carried = $isCarried(n);
    if ($isContainer(n)) {
      for (const c of n.getChildren()) {
        if ($isContainer(c) || $isParagraphNode(c)) visit(c);
        else if ($ownsMark(c) ? $isCarried(c) : carried) out.push(c.getKey());
      }
    } else if (carried) out.push(n.getKey());
  };
  $getRoot().getChildren().forEach(visit);
  return out;
}

/** Blocks whose own typed text changed in this update (field and count values change without typing). */
function editedOwners(prev: EditorState, dirtyLeaves: Set<string>): Set<string> {
  const leaves = new Map<string, string>();
  for (const key of dirtyLeaves) {
    const node = $getNodeByKey(key);
    if (!$isTextNode(node)) continue;
    const parent = node.getParent();
    if ($isFieldNode(parent) || $isCountNode(parent)) continue;
    const leaf = $leafOf(node);
    if (leaf) leaves.set(leaf.getKey(), leaf.getTextContent());
  }
  const owners = new Set<string>();
  for (const [key, text] of leaves) {
    const before = prev.read(() => $getNodeByKey(key)?.getTextContent());
    if (before === text) continue;
    const leaf = $getNodeByKey(key) as ElementNode;
    const owner = $ownerOf(leaf);
    if (owner && $isCarried(owner)) owners.add(owner.getKey());
  }
  return owners;
}

function paintFacts(roots: HTMLElement[]): void {
  const reg = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const Highlight = window.Highlight;
  if (!reg || !Highlight) return;
  const ranges: Range[] = [];
  for (const el of roots) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      if (t.parentElement?.closest('.q-field, .q-count')) continue;
      for (const f of findFacts(t.data)) {
        const r = document.createRange();
        r.setStart(t, f.start);
        r.setEnd(t, f.end);
        ranges.push(r);
      }
    }
  }
  if (ranges.length) reg.set(HIGHLIGHT, new Highlight(...ranges));
  else reg.delete(HIGHLIGHT);
}

export function CarriedPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let marked: HTMLElement[] = [];
    let frame = 0;
    const pending = new Set<string>();
    const paint = (): void => {
      frame = 0;
      const keys = editor.getEditorState().read($carriedLeafKeys);
      const now = keys.map((k) => editor.getElementByKey(k)).filter((e): e is HTMLElement => !!e);
      const keep = new Set(now);
      for (const el of marked) if (!keep.has(el)) el.removeAttribute('data-carried');
      for (const el of now) el.setAttribute('data-carried', 'true');
      marked = now;
      paintFacts(now);
    };
    const off = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
      if (dirtyLeaves.size && !tags.has('qicao-load')) {
        editorState.read(() => editedOwners(prevEditorState, dirtyLeaves).forEach((k) => pending.add(k)));
      }
      // Never restructure state mid-composition (STYLE.md: the IME must not be disturbed).
      if (pending.size && !editor.isComposing()) {
        const keys = [...pending];
        pending.clear();
        editor.update(() => keys.forEach((k) => {
          const n = $getNodeByKey(k);
          if (n) $clearCarried(n);
        }), { tag: 'history-merge' });
      }
      if (!frame) frame = requestAnimationFrame(paint);
    });
    frame = requestAnimationFrame(paint);
    return () => {
      off();
      cancelAnimationFrame(frame);
      (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.delete(HIGHLIGHT);
    };
  }, [editor]);
  return null;
}
