// An exclusive lock file per data directory, so a second app instance is told plainly instead of meeting SQLITE_BUSY.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { LOCKED_MESSAGE, LibraryError, translateError } from './errors';

interface LockContent {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DirLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | null {
  try {
    const c = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof c.pid === 'number' && typeof c.host === 'string' ? (c as LockContent) : null;
  } catch {
    return null; // unreadable or half-written: the writer died between create and write
  }
}

function isFresh(path: string): boolean {
  try {
    return Math.abs(Date.now() - statSync(path).mtimeMs) < 2000;
  } catch {
    return false;
  }
}

/**
 * Takes `path` with O_EXCL. A lock left by a dead process on this machine (a crash, SIGKILL) is taken over; a lock of
 * a live process — including this one — or of another host (a shared folder) is refused. PID reuse after a crash
 * could make a stale lock look alive; the clerk then sees the "another window" message and can close/reopen.
 */
export function acquireDirLock(path: string, now: Date): DirLock {
  const content: LockContent = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw translateError(e, '打开资料库');
      const held = readLock(path);
      if (held && (held.host !== content.host || isAlive(held.pid))) throw new LibraryError('locked', LOCKED_MESSAGE);
      // An empty lock may be one another instance is writing this very moment.
      if (!held && isFresh(path)) throw new LibraryError('locked', LOCKED_MESSAGE);
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(content));
    } finally {
      closeSync(fd);
    }
    return {
      path,
      release() {
        const held = readLock(path);
        if (held?.pid === content.pid && held.startedAt === content.startedAt) rmSync(path, { force: true });
      },
    };
  }
  throw new LibraryError('locked', LOCKED_MESSAGE);
}
