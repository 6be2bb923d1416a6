// A save refused as stale (code 'conflict'): fetch the stored draft, show the clerk the other edit, and either
// reload it or first keep the clerk's text as a named version. Never silent loss, never a silent overwrite.
import { createElement, useCallback, useRef, useState, type ReactNode } from 'react';
import { api } from '../../api';
import { type DraftDiff, diffDrafts } from '../../../../core/common/diff';
import type { Draft } from '../../../../core/common/model/types';
import { formatTime } from '../../components/format';
import { clearBackup } from './local-backup';
import { SaveConflictDialog } from './SaveConflictDialog';

export const KEPT_LABEL = '我的修改（冲突时保留）';

interface Conflict {
  mine: Draft;
  theirs: Draft | null;
  diff: DraftDiff | null;
}

export function useSaveConflict(opts: { onReplaced: (d: Draft, notice: string) => void; onError: (message: string) => void }) {
  // Callbacks through a ref: onConflict must keep one identity, or the autosave would be rebuilt on every render.
  const cb = useRef(opts);
  cb.current = opts;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);

  /** Called by the autosave with the draft it could not store. */
  const onConflict = useCallback((mine: Draft) => {
    setConflict((c) => c ?? { mine, theirs: null, diff: null });
    void api['drafts.get']({ id: mine.id }).then(
      (theirs) => setConflict((c) => (c ? { mine: c.mine, theirs, diff: diffDrafts(c.mine, theirs) } : c)),
      (e: unknown) => cb.current.onError((e as Error).message),
    );
  }, []);

  const finish = useCallback(async (keepMine: boolean) => {
    if (!conflict) return;
    setBusy(true);
    try {
      if (keepMine) await api['versions.keep']({ draft: conflict.mine, label: KEPT_LABEL });
      const theirs = await api['drafts.get']({ id: conflict.mine.id });
      clearBackup(conflict.mine.id);
      setConflict(null);
      cb.current.onReplaced(theirs, keepMine ? `已载入对方的修改；您的内容已存为版本“${KEPT_LABEL}”。` : '已载入对方的修改。');
    } catch (e) {
      cb.current.onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [conflict]);

  const dialog: ReactNode = conflict
    ? createElement(SaveConflictDialog, {
      diff: conflict.diff,
      savedAt: conflict.theirs ? formatTime(conflict.theirs.updatedAt) : '',
      busy,
      onReload: () => void finish(false),
      onKeepMine: () => void finish(true),
    })
    : null;
  return { onConflict, dialog, active: conflict !== null };
}
