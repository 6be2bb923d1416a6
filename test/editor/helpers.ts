// Headless Lexical editor with Qicao's nodes, and model normalisation for exact round-trip comparisons.
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import type { Block, Draft, Inline } from '../../core/common/model/types';
import { $draftToEditor } from '../../renderer/src/editor/convert/draft-to-editor';
import { $editorToDraft } from '../../renderer/src/editor/convert/editor-to-draft';
import { QICAO_NODES } from '../../renderer/src/editor/nodes/registry';

export function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'qicao-test',
    nodes: QICAO_NODES,
    onError: (e) => {
      throw e;
    },
  });
}

export function loadDraft(editor: LexicalEditor, draft: Draft): void {
  editor.update(() => $draftToEditor(draft), { discrete: true });
}

export function readDraft(editor: LexicalEditor, base: Draft): Draft {
  return editor.getEditorState().read(() => $editorToDraft(base));
}

/** Adjacent text runs merged and empty ones dropped: the editor cannot tell them apart, nor can the reader. */
export function normaliseInlines(content: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of content) {
    const last = out[out.length - 1];
    if (i.t === 'text') {
      if (!i.text) continue;
      if (last?.t === 'text') last.text += i.text;
      else out.push({ ...i });
    } else out.push({ ...i });
  }
  return out;
}

export function normaliseBlocks(blocks: Block[]): Block[] {
  return blocks.map((b): Block => {
    switch (b.type) {
      case 'paragraph':
        return { ...b, content: normaliseInlines(b.content) };
      case 'section':
        return { ...b, heading: normaliseInlines(b.heading), children: normaliseBlocks(b.children) };
      case 'problem':
        return {
          ...b, title: normaliseInlines(b.title),
          measures: b.measures.map((m) => ({ ...m, content: normaliseInlines(m.content) })),
          children: normaliseBlocks(b.children),
        };
      case 'enumeration':
        return { ...b, lead: normaliseInlines(b.lead), items: b.items.map((i) => ({ ...i, content: normaliseInlines(i.content) })) };
    }
  });
}

export function normaliseDraft(d: Draft): Draft {
  return { ...d, body: normaliseBlocks(d.body) };
}
