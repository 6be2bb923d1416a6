// Autosave: drafts.save about 600 ms after the last change, one save in flight at a time, failed saves retried with
// backoff and shown in Chinese; Ctrl+S (flush) saves at once. Principle 7: never lose a keystroke — every change is
// also copied to local storage within 50 ms (copy-schedule.ts; at once when the page is hidden or closed), so a hard
// close before the save is recovered on the next start. Each save
// carries the revision it was based on. One refused as stale is first compared with what is stored: the tab's own
// save that landed unacknowledged (sent before a reload or crash, see save-recovery.ts) is built on silently; only
// an edit from elsewhere stops the autosave and goes to `onConflict`, which lets the clerk choose (useSaveConflict.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, api } from '../../api';
import { contentKey, decideRecovery, rememberSent } from '../../../../core/common/api/save-recovery';
import type { Draft } from '../../../../core/common/model/types';
import { CopySchedule } from './copy-schedule';
import { clearBackup, writeBackup } from './local-backup';
import type { DraftSession } from '../../editor/session';

export type SaveKind = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';
export interface SaveState {
  kind: SaveKind;
  message?: string;
}

export interface AutosaveOptions {
  /** Milliseconds after the last change. */
  delay?: number;
  onConflict?: (mine: Draft) => void;
  /** contentKey()s of saves sent before (by the tab this draft was recovered from) and never acknowledged. */
  sent?: readonly string[];
}

/** A stale save is rebased onto the tab's own stored save at most this often in a row (then it is a conflict). */
const MAX_REBASES = 3;

type StaleOutcome = 'stored' | 'rebased' | 'conflict';

export function useAutosave(session: DraftSession, { delay = 600, onConflict, sent = [] }: AutosaveOptions = {}) {
  const [state, setShown] = useState<SaveState>({ kind: 'saved' });
  /** What the status bar shows, known without a render: a keystroke while it already says 正在保存 renders nothing. */
  const shown = useRef<SaveKind>('saved');
  const setState = useCallback((st: SaveState): void => {
    shown.current = st.kind;
    setShown(st);
  }, []);
  const r = useRef({
    dirty: false, inFlight: false, again: false, failures: 0, conflict: false, timer: 0 as unknown as ReturnType<typeof setTimeout>,
    /** Saves sent and not acknowledged (they may have been stored): recorded in the local copy. */
    sent: [...sent],
    rebases: 0,
  });

  /** The local copy of what is on screen (copy-schedule.ts: within 50 ms of a change, or at once with `.now()`). */
  const copy = useMemo(() => new CopySchedule(() => writeBackup(session.peek(), r.current.sent)), [session]);
  const copyNow = useCallback(() => copy.now(), [copy]);

  /** The library stored `updatedAt` with this tab's text: nothing sent before is pending any more. */
  const acknowledge = useCallback((updatedAt: string): void => {
    const s = r.current;
    session.setUpdatedAt(updatedAt);
    s.sent = [];
    s.failures = 0;
    s.rebases = 0;
    // Still typing: the local copy moves to the new revision (so a recovery after a crash is not taken for a
    // conflict); otherwise everything is stored and the copy goes.
    if (!s.dirty) {
      copy.cancel();
      clearBackup(session.current.id);
    } else copyNow();
  }, [session, copy, copyNow]);

  /** A save refused as stale: is the stored draft this tab's own (a save that landed unacknowledged)? */
  const resolveStale = useCallback(async (mine: Draft, key: string): Promise<StaleOutcome> => {
    const s = r.current;
    const stored = await api['drafts.get']({ id: mine.id });
    const decision = decideRecovery({ base: mine.updatedAt, content: key, sent: s.sent }, { updatedAt: stored.updatedAt, content: contentKey(stored) });
    if (decision.action === 'discard') {
      acknowledge(stored.updatedAt);
      return 'stored';
    }
    if (decision.action === 'restore' && s.rebases < MAX_REBASES) {
      s.rebases++;
      session.setUpdatedAt(decision.base);
      return 'rebased';
    }
    return 'conflict';
  }, [session, acknowledge]);

  const run = useCallback(async (): Promise<void> => {
    const s = r.current;
    clearTimeout(s.timer);
    if (s.inFlight) {
      s.again = true;
      return;
    }
    if (!s.dirty || s.conflict) return;
    s.dirty = false;
    s.inFlight = true;
    setState({ kind: 'saving' });
    const draft = session.snapshot();
    const key = contentKey(draft);
    // Recorded before sending: if the tab dies before the answer, reopening recognises this save as its own.
    s.sent = rememberSent(s.sent, key);
    writeBackup(draft, s.sent);
    try {
      const res = await api['drafts.save']({ draft, base: draft.updatedAt });
      acknowledge(res.updatedAt);
      setState({ kind: s.dirty ? 'pending' : 'saved' });
    } catch (e) {
      const outcome = e instanceof ApiError && e.code === 'conflict' ? await resolveStale(draft, key).catch(() => null) : null;
      if (outcome === 'stored') {
        // The library already held this text: only what was typed since (dirty again) is pending.
        setState({ kind: s.dirty ? 'pending' : 'saved' });
        s.again = s.dirty;
        return;
      }
      s.dirty = true;
      if (outcome === 'rebased') {
        s.again = true;
        return;
      }
      if (outcome === 'conflict') {
        s.conflict = true;
        setState({ kind: 'conflict' });
        onConflict?.(draft);
        return;
      }
      s.failures++;
      setState({ kind: 'error', message: (e as Error).message || '未知错误' });
      s.timer = setTimeout(() => void run(), Math.min(1000 * 2 ** s.failures, 15_000));
    } finally {
      s.inFlight = false;
      if (s.again) {
        s.again = false;
        void run();
      }
    }
  }, [session, onConflict, acknowledge, resolveStale]);

  const markDirty = useCallback(() => {
    const s = r.current;
    s.dirty = true;
    copy.request();
    if (s.conflict) return;
    if (s.failures === 0 && shown.current !== 'pending') setState({ kind: 'pending' });
    clearTimeout(s.timer);
    s.timer = setTimeout(() => void run(), s.failures ? Math.min(1000 * 2 ** s.failures, 15_000) : delay);
  }, [delay, run, copy]);

  const flush = useCallback(() => {
    r.current.dirty = true;
    return run();
  }, [run]);

  /** Resolves once everything typed so far is stored (exports and diffs read the stored draft); throws if the
   *  save keeps failing, with the host's message. */
  const saveNow = useCallback(async (): Promise<void> => {
    const s = r.current;
    const started = Date.now();
    if (s.conflict) throw new Error('这篇文稿与别处保存的修改冲突，请先在对话框中选择如何处理。');
    if (s.dirty && !s.inFlight) await run();
    while (s.dirty || s.inFlight) {
      if (s.conflict) throw new Error('这篇文稿与别处保存的修改冲突，请先在对话框中选择如何处理。');
      if (s.failures > 0 && !s.inFlight) {
        await run();
        if (s.dirty) throw new Error('文稿未能保存，请稍后再试。');
      }
      if (Date.now() - started > 20_000) throw new Error('保存超时，请稍后再试。');
      await new Promise((res) => setTimeout(res, 40));
      if (s.dirty && !s.inFlight) await run();
    }
  }, [run]);

  useEffect(() => {
    const s = r.current;
    const warn = (e: BeforeUnloadEvent): void => {
      if (s.dirty || s.inFlight) {
        copyNow();
        e.preventDefault();
      }
    };
    // Hidden or closing (tab closed, window minimised before a crash): the copy must not wait for an idle moment.
    const hide = (): void => {
      if (copy.pending || s.dirty) copyNow();
    };
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') hide();
    };
    window.addEventListener('beforeunload', warn);
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', hidden);
      copy.cancel();
      clearTimeout(s.timer);
      // Leaving the draft (opening another): save what is pending.
      if (s.dirty && !s.conflict) void run();
    };
  }, [session, run, copy, copyNow]);

  return { state, markDirty, flush, saveNow };
}
