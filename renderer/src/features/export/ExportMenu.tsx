// The toolbar's 导出 menu: Word, PDF, the ledger, and the draft file for a colleague.
import { useEffect, useRef, useState } from 'react';
import type { ExportKind } from './useExport';

const ITEMS: [ExportKind, string, string?][] = [
  ['docx', '导出 Word…', 'Ctrl+Shift+E'],
  ['pdf', '导出 PDF…', 'Ctrl+P'],
  ['ledger-xlsx', '导出整改台账（Excel）'],
  ['ledger-docx', '导出整改台账（Word）'],
  ['draft-file', '导出文稿文件（.qicao.json）'],
];

export function ExportMenu({ onExport }: { onExport: (k: ExportKind) => void }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent): void => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <span className="menu" ref={box}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>导出 ▾</button>
      {open && (
        <ul className="menu-list" role="menu" aria-label="导出">
          {ITEMS.map(([k, label, keys]) => (
            <li key={k} role="none">
              <button type="button" role="menuitem" onClick={() => {
                setOpen(false);
                onExport(k);
              }}>{label}{keys && <kbd>{keys}</kbd>}</button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
