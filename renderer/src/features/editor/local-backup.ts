// A copy of unsaved work in the tab's localStorage, so a failed save (host gone, disk full) never loses edits:
// written before each save, removed after success, offered back when the draft is opened again.
import { admitDraft } from '../../../../core/common/api/draft-gate';
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

/**
 * The unsaved copy if it is newer than what the host returned. It passes the same draft gate as anything else from
 * outside the library (storage can be edited or damaged): a copy that fails it is not offered, and not deleted.
 */
export function readBackup(saved: Draft): Draft | null {
  try {
    const raw = localStorage.getItem(key(saved.id));
    if (!raw) return null;
    const { at, draft } = JSON.parse(raw) as { at: unknown; draft: unknown };
    if (typeof at !== 'string' || at <= saved.updatedAt) return null;
    const admitted = admitDraft(draft);
    return admitted.id === saved.id ? admitted : null;
  } catch {
    return null;
  }
}
