// Structural commands in a headless editor: new problem/aspect/measure, move, demote/promote keep the text in order.
import { $getRoot, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { measure, paragraph, problem, section } from '../../core/common/model/build';
import { computeNumbering } from '../../core/common/model/numbering';
import type { Draft } from '../../core/common/model/types';
import { $ensureIds } from '../../renderer/src/editor/commands/ids';
import {
  $demote, $insertAspect, $insertMeasure, $insertProblem, $moveBlock, $promote, $setProblemStatus,
} from '../../renderer/src/editor/commands/structure';
import { $editorToBlocks } from '../../renderer/src/editor/convert/editor-to-draft';
import { $isProblemNode } from '../../renderer/src/editor/nodes/ProblemNode';
import { putianSizeDraft } from '../support/synthetic-draft';
import { headlessEditor, loadDraft, readDraft } from './helpers';

function small(): Draft {
  const d = putianSizeDraft();
  d.body = [
    section('organisation', '组织领导', [paragraph('甲'), paragraph('乙')]),
    section('rectification', '整改情况', [
      section('aspect', '方面一', [problem('问题一', [measure('措施一')], { measuresLabel: '整改情况' })]),
    ], { continuousNumbering: true }),
  ];
  return d;
}

function find(pred: (n: LexicalNode) => boolean): LexicalNode {
  const all: LexicalNode[] = [];
  const visit = (n: LexicalNode): void => {
    all.push(n);
    if ('getChildren' in n) (n as unknown as { getChildren(): LexicalNode[] }).getChildren().forEach(visit);
  };
  visit($getRoot());
  const hit = all.find(pred);
  if (!hit) throw new Error('node not found');
  return hit;
}

const textIs = (s: string) => (n: LexicalNode): boolean => n.getType() !== 'text' && n.getType() !== 'root' && n.getTextContent() === s && !['q-section', 'q-problem'].includes(n.getType());

function edit(editor: LexicalEditor, f: () => void): void {
  editor.update(f, { discrete: true });
}

describe('structure commands', () => {
  it('Ctrl+Enter: a new problem after the one at the caret, with an empty measure, numbered next', () => {
    const editor = headlessEditor();
    const d = small();
    loadDraft(editor, d);
    edit(editor, () => {
      (find(textIs('措施一')) as unknown as { selectEnd(): void }).selectEnd();
      $insertProblem();
    });
    const body = readDraft(editor, d).body;
    const aspect = (body[1] as Extract<typeof body[number], { type: 'section' }>).children[0] as Extract<typeof body[number], { type: 'section' }>;
    expect(aspect.children.map((b) => b.type)).toEqual(['problem', 'problem']);
    const p2 = aspect.children[1]!;
    if (p2.type !== 'problem') throw new Error();
    expect(p2.measures).toHaveLength(1);
    expect(p2.measuresLabel).toBe('整改情况');
    expect(computeNumbering(body).get(p2.id)).toBe('2.');
  });

  it('new aspect and new measure land where the clerk is', () => {
    const editor = headlessEditor();
    const d = small();
    loadDraft(editor, d);
    edit(editor, () => {
      (find(textIs('措施一')) as unknown as { selectEnd(): void }).selectEnd();
      $insertMeasure();
      $insertAspect();
    });
    const body = readDraft(editor, d).body;
    const rect = body[1]!;
    if (rect.type !== 'section') throw new Error();
    expect(rect.children.map((b) => b.type === 'section' && b.role)).toEqual(['aspect', 'aspect']);
    const p = (rect.children[0] as Extract<typeof rect, { type: 'section' }>).children[0]!;
    expect(p.type === 'problem' && p.measures.length).toBe(2);
  });

  it('Tab turns a paragraph into a heading that takes the following paragraphs; Shift+Tab and move keep order', () => {
    const editor = headlessEditor();
    const d = small();
    loadDraft(editor, d);
    edit(editor, () => {
      (find(textIs('甲')) as unknown as { selectEnd(): void }).selectEnd();
      expect($demote()).toBe(true);
    });
    const org = readDraft(editor, d).body[0]!;
    if (org.type !== 'section') throw new Error();
    expect(org.children).toMatchObject([{ type: 'section', heading: [{ t: 'text', text: '甲' }], children: [{ type: 'paragraph' }] }]);
    edit(editor, () => {
      (find(textIs('方面一')) as unknown as { selectEnd(): void }).selectEnd();
      expect($promote()).toBe(true); // 方面 leaves 整改情况 and becomes a top-level section
      expect($moveBlock('up')).toBe(true);
    });
    const body = readDraft(editor, d).body;
    expect(body.map((b) => b.type === 'section' && b.heading[0]?.t === 'text' && b.heading[0].text)).toEqual(['组织领导', '方面一', '整改情况']);
  });

  it('status from the ledger regenerates the phrase the text states it with', () => {
    const editor = headlessEditor();
    const d = small();
    loadDraft(editor, d);
    edit(editor, () => {
      const p = find($isProblemNode);
      if ($isProblemNode(p)) $setProblemStatus(p, 'mostly-done');
    });
    const body = readDraft(editor, d).body;
    const p = ((body[1] as Extract<typeof body[number], { type: 'section' }>).children[0] as Extract<typeof body[number], { type: 'section' }>).children[0]!;
    expect(p).toMatchObject({ status: 'mostly-done', statusPhrase: '已基本完成整改' });
  });

  it('gives new and duplicated nodes unique ids', () => {
    const editor = headlessEditor();
    const d = small();
    loadDraft(editor, d);
    edit(editor, () => {
      const p = find($isProblemNode);
      const copy = p.getParentOrThrow().getChildren()[0]!;
      expect(copy).toBeTruthy();
      (find(textIs('措施一')) as unknown as { selectEnd(): void }).selectEnd();
      $insertProblem();
      $ensureIds();
    });
    const ids: string[] = [];
    const collect = (bs: ReturnType<typeof $editorToBlocks>): void => bs.forEach((b) => {
      ids.push(b.id);
      if (b.type === 'section') collect(b.children);
      if (b.type === 'problem') {
        b.measures.forEach((m) => ids.push(m.id));
        collect(b.children);
      }
    });
    collect(readDraft(editor, d).body);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(Boolean)).toBe(true);
  });
});
