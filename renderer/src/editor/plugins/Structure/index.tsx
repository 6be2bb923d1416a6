// Keyboard and commands for the document structure: Enter/Tab/Shift+Tab between levels, Ctrl+Enter for a new
// problem, Alt+Shift+↑/↓ to move a block, Backspace that never merges across structure; no character formatting.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND, INSERT_PARAGRAPH_COMMAND, KEY_BACKSPACE_COMMAND, KEY_DOWN_COMMAND, KEY_ENTER_COMMAND,
  KEY_TAB_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { $backspaceAtStart } from '../../commands/backspace';
import {
  DELETE_BLOCK_COMMAND, DEMOTE_COMMAND, INSERT_ASPECT_COMMAND, INSERT_MEASURE_COMMAND, INSERT_PROBLEM_COMMAND,
  MOVE_BLOCK_COMMAND, PATCH_PROBLEM_COMMAND, PROMOTE_COMMAND, REVEAL_BLOCK_COMMAND,
} from '../../commands/editor-commands';
import { $adjacentLeaf, $isContainer, $leafOf } from '../../commands/leaf';
import { $findById } from '../../commands/find-block';
import { $isProblemTitleNode } from '../../nodes/ProblemTitleNode';
import { $isSectionHeadingNode } from '../../nodes/SectionHeadingNode';
import {
  $deleteBlockAtCaret, $demote, $insertAspect, $insertMeasure, $insertProblem, $moveBlock, $newProblem, $promote,
  $setProblemStatus,
} from '../../commands/structure';
import { $isEnumerationItemNode } from '../../nodes/EnumerationItemNode';
import { $isMeasureNode } from '../../nodes/MeasureNode';
import { $isProblemNode, problemState, type ProblemNode } from '../../nodes/ProblemNode';
import { $patchMeta } from '../../nodes/meta';
import type { ElementNode } from 'lexical';
import { $isParagraphNode } from 'lexical';

/** Enter at the end of a heading or problem title whose next block is still empty goes there, as in a form:
 *  the template's empty aspect → its empty problem → its empty measure, without making new blocks. */
function $enterToEmptyNext(): boolean {
  const sel = $getSelection();
  if (!$isRangeSelection(sel) || !sel.isCollapsed()) return false;
  const leaf = $leafOf(sel.anchor.getNode());
  if (!leaf || !($isSectionHeadingNode(leaf) || $isProblemTitleNode(leaf))) return false;
  const text = leaf.getTextContent();
  const atEnd = text === '' || (sel.anchor.getNode().is(leaf.getLastDescendant()) && sel.anchor.offset === sel.anchor.getNode().getTextContentSize());
  const next = $adjacentLeaf(leaf, 'next');
  if (!atEnd || !next || next.getTextContent() !== '') return false;
  next.selectStart();
  return true;
}

/** Enter on an empty last measure leaves the list: the next problem starts, as Enter on an empty list item does. */
function $enterOnEmptyLast(): boolean {
  const sel = $getSelection();
  if (!$isRangeSelection(sel) || !sel.isCollapsed()) return false;
  const leaf = $leafOf(sel.anchor.getNode());
  if (!leaf || leaf.getTextContent() !== '' || leaf.getNextSibling() && !$isParagraphNode(leaf.getNextSibling())) return false;
  if ($isMeasureNode(leaf) && leaf.getPreviousSibling() && $isMeasureNode(leaf.getPreviousSibling())) {
    const problem = leaf.getParent() as ProblemNode;
    leaf.remove();
    const p = $newProblem(problem);
    problem.insertAfter(p);
    p.getFirstChildOrThrow<ElementNode>().selectStart();
    return true;
  }
  if ($isEnumerationItemNode(leaf) && $isEnumerationItemNode(leaf.getPreviousSibling())) {
    const e = leaf.getParentOrThrow();
    leaf.remove();
    const para = $createParagraphNode();
    e.insertAfter(para);
    para.select();
    return true;
  }
  return false;
}

export function StructurePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const P = COMMAND_PRIORITY_HIGH;
    return mergeRegister(
      editor.registerCommand(KEY_ENTER_COMMAND, (e) => {
        if (e && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          return editor.dispatchCommand(INSERT_PROBLEM_COMMAND, undefined);
        }
        if ($enterToEmptyNext() || $enterOnEmptyLast()) {
          e?.preventDefault();
          return true;
        }
        return false;
      }, P),
      // Shift+Enter would insert a line break the model cannot hold: make it a new paragraph.
      editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined), P),
      editor.registerCommand(FORMAT_TEXT_COMMAND, () => true, P),
      editor.registerCommand(KEY_TAB_COMMAND, (e) => {
        e.preventDefault();
        editor.dispatchCommand(e.shiftKey ? PROMOTE_COMMAND : DEMOTE_COMMAND, undefined);
        return true;
      }, P),
      editor.registerCommand(KEY_BACKSPACE_COMMAND, (e) => {
        if (editor.isComposing()) return false;
        if ($backspaceAtStart()) {
          e.preventDefault();
          return true;
        }
        return false;
      }, P),
      editor.registerCommand(KEY_DOWN_COMMAND, (e) => {
        if (e.altKey && e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          return editor.dispatchCommand(MOVE_BLOCK_COMMAND, e.key === 'ArrowUp' ? 'up' : 'down');
        }
        return false;
      }, P),
      editor.registerCommand(INSERT_PROBLEM_COMMAND, () => $insertProblem() !== null, P),
      editor.registerCommand(INSERT_ASPECT_COMMAND, () => $insertAspect() !== null, P),
      editor.registerCommand(INSERT_MEASURE_COMMAND, () => $insertMeasure(), P),
      editor.registerCommand(MOVE_BLOCK_COMMAND, (dir) => $moveBlock(dir), P),
      editor.registerCommand(DEMOTE_COMMAND, () => $demote(), P),
      editor.registerCommand(PROMOTE_COMMAND, () => $promote(), P),
      editor.registerCommand(DELETE_BLOCK_COMMAND, () => $deleteBlockAtCaret(), P),
      editor.registerCommand(PATCH_PROBLEM_COMMAND, ({ id, status, ...facts }) => {
        const p = $findById(id);
        if (!$isProblemNode(p)) return false;
        if (status) $setProblemStatus(p, status);
        const clean = Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v || undefined]));
        if (Object.keys(clean).length) $patchMeta(p, problemState, clean);
        return true;
      }, P),
      editor.registerCommand(REVEAL_BLOCK_COMMAND, (id) => {
        const b = $findById(id);
        if (!b) return false;
        const leaf = $isContainer(b) ? b.getFirstChildOrThrow<ElementNode>() : b;
        leaf.selectStart();
        const key = leaf.getKey();
        requestAnimationFrame(() => editor.getElementByKey(key)?.scrollIntoView({ block: 'center' }));
        return true;
      }, P),
    );
  }, [editor]);
  return null;
}
