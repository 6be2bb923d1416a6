// Keeps every occurrence of a field in step with its one value: a value set in the side panel is written into all
// FieldNodes; a value typed inside one FieldNode becomes the value and is copied to the others once composition ends.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createTextNode, $getNodeByKey, $isTextNode } from 'lexical';
import { useEffect, useRef } from 'react';
import type { FieldKey } from '../../../../../core/common/model/types';
import { $isFieldNode, FieldNode } from '../../nodes/FieldNode';

export interface FieldsPluginProps {
  /** The text each field reads as (dates already in Chinese form). */
  shown: (key: FieldKey) => string;
  /** Bumped by the session whenever a field value changes outside the editor. */
  version: number;
  onEdited: (key: FieldKey, text: string) => void;
  onMissingClick: (key: FieldKey) => void;
}

function $writeField(node: FieldNode, text: string): void {
  const child = node.getFirstChild();
  if (!text) node.clear();
  else if ($isTextNode(child) && node.getChildrenSize() === 1) {
    if (child.getTextContent() !== text) child.setTextContent(text);
  } else {
    node.clear();
    node.append($createTextNode(text));
  }
}

export function FieldsPlugin(props: FieldsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const keys = useRef(new Set<string>());
  const latest = useRef(props);
  latest.current = props;

  // Panel → text.
  useEffect(() => {
    const wrong = editor.getEditorState().read(() => [...keys.current].filter((k) => {
      const n = $getNodeByKey(k);
      return $isFieldNode(n) && n.getTextContent() !== latest.current.shown(n.getKeyName());
    }));
    if (wrong.length) {
      editor.update(() => {
        for (const k of wrong) {
          const n = $getNodeByKey(k);
          if ($isFieldNode(n)) $writeField(n, latest.current.shown(n.getKeyName()));
        }
      });
    }
  }, [editor, props.version]);

  // Text → value and the other occurrences.
  useEffect(() => {
    const root = editor.getRootElement();
    const onClick = (e: MouseEvent): void => {
      const el = (e.target as HTMLElement | null)?.closest?.('[data-missing][data-field]');
      if (el) latest.current.onMissingClick(el.getAttribute('data-field') as FieldKey);
    };
    root?.addEventListener('click', onClick);
    const unregister = mergeRegister(
      editor.registerMutationListener(FieldNode, (m) => {
        for (const [k, kind] of m) {
          if (kind === 'destroyed') keys.current.delete(k);
          else keys.current.add(k);
        }
      }),
      editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
        if (editor.isComposing() || (!dirtyLeaves.size && !dirtyElements.size)) return;
        const edited = editor.getEditorState().read(() => {
          for (const k of keys.current) {
            const n = $getNodeByKey(k);
            if (!$isFieldNode(n) || !(dirtyElements.has(k))) continue;
            const text = n.getTextContent();
            if (text !== latest.current.shown(n.getKeyName())) return { key: n.getKeyName(), text, source: k };
          }
          return null;
        });
        if (!edited) return;
        latest.current.onEdited(edited.key, edited.text);
        editor.update(() => {
          for (const k of keys.current) {
            const n = $getNodeByKey(k);
            if (k !== edited.source && $isFieldNode(n) && n.getKeyName() === edited.key) $writeField(n, edited.text);
          }
        }, { tag: 'history-merge' });
      }),
    );
    return () => {
      root?.removeEventListener('click', onClick);
      unregister();
    };
  }, [editor]);
  return null;
}
