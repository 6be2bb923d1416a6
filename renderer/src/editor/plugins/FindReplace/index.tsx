// 查找和替换 (Ctrl+F / Ctrl+H): matches are shown with the CSS Custom Highlight API, so searching never touches the
// document; replacing edits text nodes (fields and counts are left alone: their values change in the side panel).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $isTextNode, type TextNode } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { $isCountNode } from '../../nodes/CountNode';
import { $isFieldNode } from '../../nodes/FieldNode';

interface Match {
  key: string;
  offset: number;
}

declare global {
  // The Highlight API is in Chromium (and Electron) but not yet in TypeScript's DOM lib of this version.
  interface Window {
    Highlight?: new (...ranges: Range[]) => object;
  }
}

function $editableTextNodes(): TextNode[] {
  return $getRoot().getAllTextNodes().filter((t) => {
    const p = t.getParent();
    return !$isFieldNode(p) && !$isCountNode(p);
  });
}

export function FindReplacePlugin({ mode, onClose }: { mode: 'find' | 'replace'; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [mode]);

  const search = useCallback(() => {
    if (!query) return setMatches([]);
    const found = editor.getEditorState().read(() => {
      const out: Match[] = [];
      for (const t of $editableTextNodes()) {
        const s = t.getTextContent();
        for (let i = s.indexOf(query); i >= 0; i = s.indexOf(query, i + query.length)) out.push({ key: t.getKey(), offset: i });
      }
      return out;
    });
    setMatches(found);
    setIndex((i) => Math.min(i, Math.max(found.length - 1, 0)));
  }, [editor, query]);

  useEffect(() => {
    search();
    return editor.registerUpdateListener(({ dirtyLeaves }) => dirtyLeaves.size && search());
  }, [editor, search]);

  // Paint the matches.
  useEffect(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, object> }).highlights;
    const H = window.Highlight;
    if (!registry || !H) return;
    const ranges = matches.map((m) => {
      const dom = editor.getElementByKey(m.key)?.firstChild;
      if (!dom) return null;
      const r = document.createRange();
      r.setStart(dom, Math.min(m.offset, dom.textContent?.length ?? 0));
      r.setEnd(dom, Math.min(m.offset + query.length, dom.textContent?.length ?? 0));
      return r;
    });
    const all = ranges.filter((r): r is Range => r !== null);
    registry.set('qicao-find', new H(...all));
    const cur = ranges[index];
    if (cur) {
      registry.set('qicao-find-current', new H(cur));
      (cur.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'center' });
    } else registry.delete('qicao-find-current');
    return () => {
      registry.delete('qicao-find');
      registry.delete('qicao-find-current');
    };
  }, [editor, matches, index, query.length]);

  const step = (d: number): void => setIndex((i) => (matches.length ? (i + d + matches.length) % matches.length : 0));

  const replaceOne = (): void => {
    const m = matches[index];
    if (!m) return;
    editor.update(() => {
      const t = $getNodeByKey(m.key);
      if ($isTextNode(t) && t.getTextContent().slice(m.offset, m.offset + query.length) === query) t.spliceText(m.offset, query.length, replacement);
    });
  };

  const replaceAll = (): void => {
    editor.update(() => {
      for (const t of $editableTextNodes()) {
        const s = t.getTextContent();
        if (s.includes(query)) t.setTextContent(s.split(query).join(replacement));
      }
    });
  };

  return (
    <div className="find-bar" role="search" aria-label="查找和替换" onKeyDown={(e) => {
      if (e.key === 'Escape') onClose();
      if (e.key === 'Enter') {
        e.preventDefault();
        step(e.shiftKey ? -1 : 1);
      }
    }}>
      <input ref={input} aria-label="查找内容" placeholder="查找内容" value={query} onChange={(e) => setQuery(e.target.value)} />
      <span className="find-count">{query ? (matches.length ? `第 ${index + 1} / ${matches.length} 处` : '无匹配') : ''}</span>
      <button type="button" onClick={() => step(-1)} disabled={!matches.length}>上一处</button>
      <button type="button" onClick={() => step(1)} disabled={!matches.length}>下一处</button>
      {mode === 'replace' && (
        <>
          <input aria-label="替换为" placeholder="替换为" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button type="button" onClick={replaceOne} disabled={!matches.length}>替换</button>
          <button type="button" onClick={replaceAll} disabled={!matches.length}>全部替换</button>
        </>
      )}
      <button type="button" onClick={onClose} aria-label="关闭查找">×</button>
    </div>
  );
}
