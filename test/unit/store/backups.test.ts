// Backups: daily rotation, manual backup and restore while open, corruption detected at open (never overwritten),
// restore of a library that cannot open.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, openSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CorruptLibraryError, type Library, createLibrary, listLibraryBackups, restoreLibraryBackup,
} from '../../../core/node/library';
import { fakeClock, simpleDraft, tempDir } from '../../support/library-drafts';
import { putianSizeDraft } from '../../support/synthetic-draft';

const dirs: string[] = [];
const newDir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const DAY = 86_400_000;

/** A closed library with a few drafts and a daily backup of them. */
async function libraryWithBackup() {
  const dir = newDir();
  const clock = fakeClock();
  let lib: Library = await createLibrary({ dataDir: dir, clock: clock.fn });
  for (let i = 0; i < 20; i++) lib.drafts.create(i === 0 ? putianSizeDraft() : simpleDraft(`文稿${i}`, [`第${i}份文稿的内容。`.repeat(50)]));
  lib.close();
  clock.advance(DAY);
  lib = await createLibrary({ dataDir: dir, clock: clock.fn }); // first open of the day → daily backup
  lib.close();
  return { dir, clock, db: join(dir, 'qicao.db') };
}

async function expectCorrupt(dir: string, clock: ReturnType<typeof fakeClock>): Promise<CorruptLibraryError> {
  try {
    (await createLibrary({ dataDir: dir, clock: clock.fn })).close();
  } catch (e) {
    expect(e).toBeInstanceOf(CorruptLibraryError);
    return e as CorruptLibraryError;
  }
  throw new Error('expected CorruptLibraryError');
}

describe('backups', () => {
  it('takes one daily backup per day and keeps the newest N', async () => {
    const dir = newDir();
    const clock = fakeClock();
    (await createLibrary({ dataDir: dir, clock: clock.fn, keep: { daily: 3 } })).close();
    for (let day = 1; day <= 5; day++) {
      clock.advance(DAY);
      for (let k = 0; k < 2; k++) (await createLibrary({ dataDir: dir, clock: clock.fn, keep: { daily: 3 } })).close();
    }
    const daily = listLibraryBackups(dir).filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(3);
    expect(new Date(daily[0]!.createdAt).getTime()).toBe(clock.now.getTime());
    expect(readdirSync(join(dir, 'backups')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('restores a backup while open: current file set aside, services keep working', async () => {
    const dir = newDir();
    const clock = fakeClock();
    const lib = await createLibrary({ dataDir: dir, clock: clock.fn });
    const d = simpleDraft('备份前', ['备份时的内容。']);
    lib.drafts.create(d);
    const b = await lib.backups.create();
    expect(b.kind).toBe('manual');
    clock.advance(60_000);
    lib.drafts.rename(d.id, '备份后改的标题');
    lib.drafts.create(simpleDraft('备份后新建', []));
    const { setAside } = await lib.backups.restore(b.fileName);
    expect(setAside.some((p) => p.endsWith('.db'))).toBe(true);
    expect(lib.drafts.list().map((x) => x.title)).toEqual(['备份前']);
    expect(lib.search.query({ text: '备份时的内容' })).toHaveLength(1);
    expect(lib.backups.list().map((x) => x.kind)).toContain('pre-restore');
    // The set-aside file still holds the replaced state.
    const old = new Database(setAside.find((p) => p.endsWith('.db'))!, { readonly: true });
    expect(old.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 2 });
    old.close();
    lib.close();
  });

  it('refuses to restore a damaged backup', async () => {
    const { dir, clock } = await libraryWithBackup();
    const lib = await createLibrary({ dataDir: dir, clock: clock.fn });
    const b = lib.backups.list()[0]!;
    truncateSync(b.path, 100);
    await expect(lib.backups.restore(b.fileName)).rejects.toThrow(/备份.*(损坏|无法读取)/);
    expect(lib.drafts.list()).toHaveLength(20); // still open on the current data
    lib.close();
  });
});

describe('corruption at open', () => {
  const garble = (path: string, at: number, length: number) => {
    const fd = openSync(path, 'r+');
    const junk = Buffer.alloc(length);
    for (let i = 0; i < length; i++) junk[i] = (i * 7919 + 13) & 0xff;
    writeSync(fd, junk, 0, length, at);
    closeSync(fd);
  };

  for (const [name, damage] of [
    ['truncated to half', (p: string) => truncateSync(p, Math.floor(statSync(p).size / 2))],
    ['garbled pages in the middle', (p: string) => garble(p, 4096 * 3, 4096 * 4)],
    ['garbled header', (p: string) => garble(p, 0, 100)],
  ] as const) {
    it(`detects a ${name} file, leaves it as found, and restores from a backup`, async () => {
      const { dir, clock, db } = await libraryWithBackup();
      damage(db);
      const broken = readFileSync(db);
      const e = await expectCorrupt(dir, clock);
      expect(e.kind).toBe('corrupt');
      expect(e.message).toMatch(/资料库文件已损坏/);
      expect(e.backups.length).toBeGreaterThan(0);
      expect(readFileSync(db).equals(broken)).toBe(true); // never overwritten silently
      const { setAside } = restoreLibraryBackup({ dataDir: dir, fileName: e.backups[0]!.fileName, clock: clock.fn });
      expect(readFileSync(setAside[0]!).equals(broken)).toBe(true);
      const lib = await createLibrary({ dataDir: dir, clock: clock.fn });
      expect(lib.drafts.list()).toHaveLength(20);
      expect(lib.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      lib.close();
    });
  }

  it('says so when there is no backup at all', async () => {
    const dir = newDir();
    const clock = fakeClock();
    (await createLibrary({ dataDir: dir, clock: clock.fn })).close();
    garble(join(dir, 'qicao.db'), 0, 100);
    const e = await expectCorrupt(dir, clock);
    expect(e.backups).toEqual([]);
    expect(e.message).toMatch(/目前没有可用的备份/);
  });

  it('copies a corrupt file for inspection without touching the original', async () => {
    const { dir, clock, db } = await libraryWithBackup();
    const copy = join(newDir(), 'copy.db');
    copyFileSync(db, copy);
    garble(copy, 4096 * 2, 4096 * 2);
    const raw = new Database(copy);
    const check = (() => {
      try {
        return raw.pragma('quick_check', { simple: true });
      } catch (err) {
        return (err as { code: string }).code;
      }
    })();
    raw.close();
    expect(check).not.toBe('ok');
    (await createLibrary({ dataDir: dir, clock: clock.fn })).close(); // the original is fine
  });
});
