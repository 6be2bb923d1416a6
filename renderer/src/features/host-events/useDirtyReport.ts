// Tells the host whether closing now would lose something (unsaved edits, an export running): the Electron close
// prompt asks only then.
import { useEffect, useRef } from 'react';
import { reportToHost } from '../../api';

export function useDirtyReport(dirty: boolean, title: string): void {
  const last = useRef<boolean | null>(null);
  useEffect(() => {
    if (last.current === dirty) return;
    last.current = dirty;
    reportToHost('state.dirty', { dirty, title: title.slice(0, 200) });
  }, [dirty, title]);
}
