// Keyboard shortcuts of the open draft: Ctrl+S 保存版本, Ctrl+P PDF, Ctrl+Shift+E Word, Ctrl+F/H find/replace.
// In the desktop app the menu has the same accelerators; either path calls the same action.
import { useEffect, useRef } from 'react';
import type { WorkspaceControls } from './controls';

export function useWorkspaceKeys(c: Pick<WorkspaceControls, 'saveVersion' | 'exportAs' | 'find'>): void {
  const r = useRef(c);
  r.current = c;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const act = (f: () => void): void => {
        e.preventDefault();
        f();
      };
      if (k === 's' && !e.shiftKey) act(() => r.current.saveVersion());
      else if (k === 'p' && !e.shiftKey) act(() => r.current.exportAs('pdf'));
      else if (k === 'e' && e.shiftKey) act(() => r.current.exportAs('docx'));
      else if ((k === 'f' || k === 'h') && !e.shiftKey) act(() => r.current.find(k === 'f' ? 'find' : 'replace'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
