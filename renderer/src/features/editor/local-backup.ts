// A copy of unsaved work in the tab's localStorage, so neither a failed save (host gone, disk full) nor a hard close
// (tab closed, process killed before the autosave) loses edits: written on every change, removed once a save has
// stored everything, offered back when the draft is opened again — also at the next start, unasked. What comes back
// passes the same draft gate as anything else from outside the library (storage can be edited or damaged). The copy
// follows the revision in its updatedAt and names the saves sent without an answer, so reopening can tell the tab's
// own in-flight save from an edit made elsewhere (core/common/api/save-recovery.ts).
import { admitDraft } from '../../../../core/common/api/draft-gate';
import { contentKey, decideRecovery } from '../../../../core/common/api/save-recovery';
import type { Draft } from '../../../../core/common/model/types';

const PREFIX = 'qicao.unsaved.';
const key = (id: string): string => `${PREFIX}${id}`;

interface Stored {
  at: string;
  /** Its updatedAt is the revision the text follows (the last save acknowledged to the tab). */
  draft: Draft;
  /** contentKey()s of saves sent but not acknowledged (absent in copies written before this was recorded). */
  sent: string[];
}

/** What comes back when a draft is opened again: the text to show, based on the stored revision when it is the
 *  tab's own, and the saves still unacknowledged (one may yet land: it is the tab's own too). */
export interface Recovered {
  draft: Draft;
  sent: string[];
}

export function writeBackup(draft: Draft, sent: readonly string[] = []): void {
  try {
    localStorage.setItem(key(draft.id), JSON.stringify({ at: new Date().toISOString(), draft, sent: [...sent] } satisfies Stored));
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
    const { at, draft, sent } = JSON.parse(raw) as { at: unknown; draft: unknown; sent?: unknown };
    if (typeof at !== 'string') return null;
    const admitted = admitDraft(draft);
    const keys = Array.isArray(sent) ? sent.filter((k): k is string => typeof k === 'string') : [];
    return admitted.id === id ? { at, draft: admitted, sent: keys } : null;
  } catch {
    return null;
  }
}

/** The unsaved copy unless the library already holds exactly its text (then it is dropped, so it does not reopen its
 *  draft at every start). Changes on top of the tab's own last save come back based on the stored revision (a normal
 *  unsaved change); a copy whose draft was changed elsewhere comes back on its own base, so saving it meets the
 *  conflict dialog. */
export function readBackup(saved: Draft): Recovered | null {
  const copy = read(saved.id);
  if (!copy) return null;
  const decision = decideRecovery(
    { base: copy.draft.updatedAt, content: contentKey(copy.draft), sent: copy.sent },
    { updatedAt: saved.updatedAt, content: contentKey(saved) },
  );
  if (decision.action === 'discard') {
    clearBackup(saved.id);
    return null;
  }
  const draft = decision.action === 'restore' ? { ...copy.draft, updatedAt: decision.base } : copy.draft;
  return { draft, sent: copy.sent };
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
