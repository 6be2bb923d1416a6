// What to do with the tab's local recovery copy when its draft is opened again, and with a save the library refused
// as stale. The copy records the revision it follows (the last save the tab saw acknowledged) and the content of
// every save the tab sent without seeing the answer (in flight at a reload, a hard close or a crash). A stored draft
// that is one of those is the tab's own save, not an edit from elsewhere: only a genuinely different edit is a
// conflict, and nothing the copy holds is dropped unless the library already holds exactly that text.
import { fingerprint } from '../model/fingerprint';
import type { Draft } from '../model/types';

/** The draft's content identity, independent of key order and of updatedAt (which every save changes). */
export function contentKey(draft: Draft): string {
  const { updatedAt: _revision, ...content } = draft;
  return fingerprint(canonicalJson(content));
}

/** JSON with object keys sorted, so a draft that went through the host (parsed, gated, stored) keys the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export interface RecoveryCopy {
  /** The revision the copy's text follows: the last save acknowledged to the tab (the copy's updatedAt). */
  base: string;
  /** contentKey() of the copy. */
  content: string;
  /** contentKey()s of saves sent but never acknowledged: they may have been stored after the tab stopped listening. */
  sent: readonly string[];
}

export interface StoredRevision {
  updatedAt: string;
  /** contentKey() of the stored draft. */
  content: string;
}

export type RecoveryDecision =
  /** The library holds exactly the copy's text: nothing to restore. */
  | { action: 'discard' }
  /** The copy has changes newer than the stored revision, which is the tab's own: save them on top of `base`. */
  | { action: 'restore'; base: string }
  /** The stored draft was changed elsewhere: the clerk chooses (nothing is lost either way). */
  | { action: 'conflict' };

export function decideRecovery(copy: RecoveryCopy, stored: StoredRevision): RecoveryDecision {
  if (copy.content === stored.content) return { action: 'discard' };
  if (stored.updatedAt === copy.base || copy.sent.includes(stored.content)) return { action: 'restore', base: stored.updatedAt };
  return { action: 'conflict' };
}

/** How many unacknowledged saves a copy remembers: one is in flight at a time; a few cover retries after errors. */
export const SENT_KEPT = 4;

/** `sent` with `key` added last, the oldest dropped beyond SENT_KEPT. */
export function rememberSent(sent: readonly string[], key: string): string[] {
  return [...sent.filter((k) => k !== key), key].slice(-SENT_KEPT);
}
