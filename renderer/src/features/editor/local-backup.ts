// A copy of unsaved work in the tab's localStorage, so a failed save (host gone, disk full) never loses edits:
// written before each save, removed after success, offered back when the draft is opened again.
import type { Draft } from '../../../../core/common/model/types';

const key = (id: string): string => `qicao.unsaved.${id}`;

export function writeBackup(draft: Draft): void {
  try {
    localStorage.setItem(key(draft.id), JSON.stringify({ at: new Date().toISOString(), draft }));
  } catch {
    // Storage full or disabled: the save itself is still being retried.
  }
}

export function clearBackup(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // ignore
  }
}

/** The unsaved copy if it is newer than what the host returned. */
export function readBackup(saved: Draft): Draft | null {
  try {
    const raw = localStorage.getItem(key(saved.id));
    if (!raw) return null;
    const { at, draft } = JSON.parse(raw) as { at: string; draft: Draft };
    return at > saved.updatedAt && draft.id === saved.id ? draft : null;
  } catch {
    return null;
  }
}
