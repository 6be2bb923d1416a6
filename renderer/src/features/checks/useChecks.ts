// 校对 of the draft as it stands in the editor: run ~1.5 s after the text settles, so findings follow the clerk's
// typing without a host call per keystroke; ignores are stored per draft by the host.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../../core/common/checks';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { errorText } from '../../components/format';

export interface ChecksState {
  findings: Finding[];
  ignored: number;
  ignoredFindings: Finding[];
  running: boolean;
  error: string | null;
  /** Bumped after each completed run (tests and the panel wait on it). */
  runs: number;
  /** What the last run could not check (last year's draft purged or unreadable), from the host. */
  note: string | null;
}

export function useChecks(model: Draft, snapshot: () => Draft, delay = 1500) {
  const [state, setState] = useState<ChecksState>({ findings: [], ignored: 0, ignoredFindings: [], running: false, error: null, runs: 0, note: null });
  const seq = useRef(0);
  const snap = useRef(snapshot);
  snap.current = snapshot;

  const run = useCallback(async (): Promise<Finding[]> => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, running: true }));
    try {
      const r = await api['checks.run']({ draft: snap.current() });
      if (mine === seq.current) setState((s) => ({ findings: r.findings, ignored: r.ignored, ignoredFindings: r.ignoredFindings, running: false, error: null, runs: s.runs + 1, note: r.note ?? null }));
      return r.findings;
    } catch (e) {
      if (mine === seq.current) setState((s) => ({ ...s, running: false, error: errorText(e) }));
      return [];
    }
  }, []);

  useEffect(() => {
    const t = setTimeout(() => void run(), delay);
    return () => clearTimeout(t);
  }, [model, run, delay]);

  const ignore = useCallback(async (f: Finding): Promise<void> => {
    await api['checks.ignore']({ draftId: model.id, findingId: f.id });
    setState((s) => ({ ...s, findings: s.findings.filter((x) => x.id !== f.id), ignored: s.ignored + 1, ignoredFindings: [...s.ignoredFindings, f] }));
  }, [model.id]);

  /** A finding whose fix was applied: gone at once (the tab's count too), not only after the next run. */
  const resolved = useCallback((id: string): void => {
    setState((s) => ({ ...s, findings: s.findings.filter((x) => x.id !== id) }));
  }, []);

  const unignoreAll = useCallback(async (ids: string[]): Promise<void> => {
    for (const findingId of ids) await api['checks.unignore']({ draftId: model.id, findingId });
    await run();
  }, [model.id, run]);

  return { ...state, run, ignore, resolved, unignoreAll };
}
