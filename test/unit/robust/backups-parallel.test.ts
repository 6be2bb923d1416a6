// 立即备份 pressed many times at once (issue 18): every request succeeds or waits its turn, every file has its own
// name and passes integrity_check, and a restore queued among them never interleaves with a backup.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Library, createLibrary } from '../../../core/node/library';
import { fakeClock, simpleDraft, tempDir } from '../../support/library-drafts';
import { putianSizeDraft } from '../../support/synthetic-draft';

let dir = '';
let lib: Library | null = null;
afterEach(() => {
  lib?.close();
  rmSync(dir, { recursive: true, force: true });
});

const integrity = (path: string): string => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
};

describe('parallel backups', () => {
  it('20 at once in the same second: all succeed, all unique, all intact', async () => {
    dir = tempDir();
    const clock = fakeClock(); // frozen: every backup is taken "in the same second"
    lib = await createLibrary({ dataDir: dir, clock: clock.fn, keep: { manual: 50 } });
    lib.drafts.create(putianSizeDraft());
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => lib!.backups.create()));
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toEqual([]);
    const names = results.map((r) => (r as PromiseFulfilledResult<{ fileName: string; path: string }>).value);
    expect(new Set(names.map((n) => n.fileName)).size).toBe(20);
    for (const n of names) expect(integrity(n.path)).toBe('ok');
  }, 120_000);

  it('a restore queued between backups runs on its own and the library stays usable', async () => {
    dir = tempDir();
    const clock = fakeClock();
    lib = await createLibrary({ dataDir: dir, clock: clock.fn, keep: { manual: 50 } });
    const d = simpleDraft('备份前的文稿', ['内容']);
    lib.drafts.create(d);
    const first = await lib.backups.create();
    lib.drafts.create(simpleDraft('备份后的文稿', ['内容']));
    const jobs = [
      ...Array.from({ length: 5 }, () => lib!.backups.create()),
      lib.backups.restore(first.fileName),
      ...Array.from({ length: 5 }, () => lib!.backups.create()),
    ];
    const results = await Promise.allSettled(jobs);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(lib.drafts.list().map((x) => x.title)).toEqual(['备份前的文稿']);
    for (const b of lib.backups.list()) expect(integrity(b.path)).toBe('ok');
  }, 120_000);
});
