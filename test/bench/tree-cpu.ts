// CPU time (user + system, ms) a process tree has used, from /proc (Linux): the process, its live descendants, and
// the descendants already reaped (cutime/cstime). Wall time on a shared 2-core machine mostly measures waiting; CPU
// time says what the work costs — Chromium prints in several processes, one of which exits after each print.
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface Stat { ppid: number; self: number; reaped: number }

function stat(pid: string): Stat | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    return { ppid: Number(f[1]), self: (Number(f[11]) + Number(f[12])) * TICK_MS, reaped: (Number(f[13]) + Number(f[14])) * TICK_MS };
  } catch {
    return null; // exited meanwhile
  }
}

/** CPU ms used so far by `root` and everything it started; NaN where /proc is absent. */
export function treeCpuMs(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return NaN;
  }
  const all = new Map<number, Stat>();
  for (const d of entries) {
    const s = stat(d);
    if (s) all.set(Number(d), s);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p; p = all.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  let ms = 0;
  for (const [pid, s] of all) if (inTree(pid)) ms += s.self + s.reaped;
  return ms;
}
