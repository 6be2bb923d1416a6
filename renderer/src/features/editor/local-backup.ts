// A copy of unsaved work in the tab's localStorage, so neither a failed save (host gone, disk full) nor a hard close
// (tab closed, process killed before the autosave) loses edits: written on every change, removed once a save has
// stored everything, offered back when the draft is opened again — also at the next start, unasked. What comes back
// passes the same draft gate as anything else from outside the library (storage can be edited or damaged).
import { admitDraft } from '../../../../core/common/api/draft-gate';
import type { Draft } from '../../../../core/common/model/types';

const PREFIX = 'qicao.unsaved.';
const key = (id: string): string => `${PREFIX}${id}`;

interface Stored {
  at: string;
  draft: Draft;
}

export function writeBackup(draft: Draft): void {
  try {
    localStorage.setItem(key(draft.id), JSON.stringify({ at: new Date().toISOString(), draft } satisfies Stored));
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

/** A stored copy that passes the draft gate; one that fails it is not offered, and not deleted. */
function read(id: string): Stored | null {
  try {
    const raw = localStorage.getItem(key(id));
    if (!raw) return null;
    const { at, draft } = JSON.parse(raw) as { at: unknown; draft: unknown };
    if (typeof at !== 'string') return null;
    const admitted = admitDraft(draft);
    return admitted.id === id ? { at, draft: admitted } : null;
  } catch {
    return null;
  }
}

/** The unsaved copy if it is newer than what the host returned; an older one (saved since, from another window) is
 *  of no use and is dropped, so it does not reopen its draft at every start. */
export function readBackup(saved: Draft): Draft | null {
  const stored = read(saved.id);
  if (!stored) return null;
  if (stored.at > saved.updatedAt) return stored.draft;
  clearBackup(saved.id);
  return null;
}

/** The draft with the newest unsaved copy (after a hard close), to reopen at start. */
export function newestBackupId(): string | null {
  let best: Stored | null = null;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (!k?.startsWith(PREFIX)) continue;
      const s = read(k.slice(PREFIX.length));
      if (s && (!best || s.at > best.at)) best = s;
    }
  } catch {
    return null;
  }
  return best?.draft.id ?? null;
}

const OPEN_KEY = 'qicao.openDraft';

/** The draft open in this tab, so a reload lands on it again (sessionStorage: per tab, survives a reload). */
export function rememberOpenDraft(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(OPEN_KEY, id);
    else sessionStorage.removeItem(OPEN_KEY);
  } catch {
    // ignore: a reload then shows the start screen
  }
}

export function rememberedOpenDraft(): string | null {
  try {
    return sessionStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
}
