// Asks for a confirmation with the in-app dialog and resolves with the answer: `if (await confirm({…})) …`.
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';

export function useConfirm(): [(req: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const [req, setReq] = useState<ConfirmRequest | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const ask = useCallback((r: ConfirmRequest) => new Promise<boolean>((resolve) => {
    resolver.current?.(false);
    resolver.current = resolve;
    setReq(r);
  }), []);
  const node = req ? (
    <ConfirmDialog req={req} onAnswer={(ok) => {
      setReq(null);
      resolver.current?.(ok);
      resolver.current = null;
    }} />
  ) : null;
  return [ask, node];
}
