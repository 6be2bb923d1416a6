// Text carried over from last year's draft is marked 未更新 until the clerk edits it, and the figures and dates inside
// it are highlighted: inspectors criticise notices that only update a few numbers. Each text has its own mark — a
// heading or problem title (the block's `carried`), each measure, each enumeration item — so an edit clears only
// the text that was edited.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey, $getRoot, $isParagraphNode, $isTextNode, type EditorState, type ElementNode, type LexicalEditor, type LexicalNode, ParagraphNode,
} from 'lexical';
import { useEffect } from 'react';
import { findFacts } from '../../../../../core/common/carry-forward';
import { $blockOfLeaf, $isContainer, $leafOf } from '../../commands/leaf';
import { replacesWholeState } from '../../convert/block-cache';
import { $isCountNode } from '../../nodes/CountNode';
import { $isEnumerationItemNode, EnumerationItemNode, itemState } from '../../nodes/EnumerationItemNode';
import { $isEnumerationNode, EnumerationNode, enumerationState } from '../../nodes/EnumerationNode';
import { $isFieldNode } from '../../nodes/FieldNode';
import { $isMeasureNode, MeasureNode, measureState } from '../../nodes/MeasureNode';
import { $isProblemNode, ProblemNode, problemState } from '../../nodes/ProblemNode';
import { ProblemTitleNode } from '../../nodes/ProblemTitleNode';
import { SectionHeadingNode } from '../../nodes/SectionHeadingNode';
import { $isSectionNode, SectionNode, sectionState } from '../../nodes/SectionNode';
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

/** The figures and dates in one element's text (not inside fields or counts), as ranges to highlight. */
function factRanges(el: HTMLElement): Range[] {
  const ranges: Range[] = [];
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
  return ranges;
}

interface HighlightSet {
  add(r: Range): void;
  delete(r: Range): boolean;
  size: number;
}

/**
 * The marks and the figure highlights, kept per element and redrawn only where an update touched the text (or the
 * set of carried texts changed): a next-year draft is mostly carried text, and walking all of it on every keystroke
 * showed in typing latency. Nothing is drawn mid-composition; the update that ends it redraws.
 */
function carriedPainter(editor: LexicalEditor) {
  const reg = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const highlight: HighlightSet | null = reg && window.Highlight ? (new window.Highlight() as unknown as HighlightSet) : null;
  let marked = new Map<string, HTMLElement>();
  const ranges = new Map<HTMLElement, Range[]>();
  let keys: string[] = [];
  let keysStale = true;
  let all = true;
  const touched = new Set<string>();

  const unmark = (el: HTMLElement): void => {
    el.removeAttribute('data-carried');
    for (const r of ranges.get(el) ?? []) highlight?.delete(r);
    ranges.delete(el);
  };
  const mark = (el: HTMLElement): void => {
    unmark(el);
    el.setAttribute('data-carried', 'true');
    const rs = factRanges(el);
    ranges.set(el, rs);
    for (const r of rs) highlight?.add(r);
  };

  return {
    /** The set of carried texts may have changed (a mark cleared, blocks added or removed). */
    structureChanged(): void {
      keysStale = true;
    },
    /** An update: the elements whose text it changed, or everything (a whole new state). */
    touched(dirtyElements: Iterable<string> | null): void {
      if (!dirtyElements) {
        all = true;
        keysStale = true;
      } else for (const k of dirtyElements) touched.add(k);
    },
    paint(): void {
      if (keysStale) keys = editor.getEditorState().read($carriedLeafKeys);
      keysStale = false;
      const now = new Map<string, HTMLElement>();
      for (const k of keys) {
        const el = editor.getElementByKey(k);
        if (el) now.set(k, el);
      }
      const keep = new Set(now.values());
      for (const el of marked.values()) if (!keep.has(el)) unmark(el);
      for (const [k, el] of now) if (all || touched.has(k) || marked.get(k) !== el) mark(el);
      marked = now;
      all = false;
      touched.clear();
      // Touching the registry repaints every highlight: only when it gains or loses its first range.
      if (!reg || !highlight || (highlight.size > 0) === reg.has(HIGHLIGHT)) return;
      if (highlight.size) reg.set(HIGHLIGHT, highlight);
      else reg.delete(HIGHLIGHT);
    },
    dispose(): void {
      reg?.delete(HIGHLIGHT);
    },
  };
}

const CARRIED_NODES = [SectionNode, ProblemNode, ProblemTitleNode, SectionHeadingNode, MeasureNode, EnumerationNode, EnumerationItemNode, ParagraphNode];

export function CarriedPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const painter = carriedPainter(editor);
    let frame = 0;
    const pending = new Set<string>();
    const paint = (): void => {
      frame = 0;
      painter.paint();
    };
    const off = mergeRegister(
      ...CARRIED_NODES.map((k) => editor.registerMutationListener(k, () => painter.structureChanged(), { skipInitialization: true })),
      editor.registerUpdateListener((u) => {
        const { editorState, prevEditorState, dirtyLeaves, tags } = u;
        if (dirtyLeaves.size && !tags.has('qicao-load')) {
          editorState.read(() => editedOwners(prevEditorState, dirtyLeaves).forEach((k) => pending.add(k)));
        }
        painter.touched(replacesWholeState(u) ? null : u.dirtyElements.keys());
        // Never restructure state or redraw mid-composition (STYLE.md: the IME must not be disturbed).
        if (editor.isComposing()) return;
        if (pending.size) {
          const keys = [...pending];
          pending.clear();
          editor.update(() => keys.forEach((k) => {
            const n = $getNodeByKey(k);
            if (n) $clearCarried(n);
          }), { tag: 'history-merge' });
        }
        if (!frame) frame = requestAnimationFrame(paint);
      }),
    );
    frame = requestAnimationFrame(paint);
    return () => {
      off();
      cancelAnimationFrame(frame);
      painter.dispose();
    };
  }, [editor]);
  return null;
}
