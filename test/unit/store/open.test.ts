// Opening the store: pragmas, schema, refusal of a newer database, migration from schema 1, lock and busy errors,
// read-only and disk-full mapping, recovery after an unclean session.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryError, RECOVERY_MESSAGE, TooNewLibraryError, createLibrary } from '../../../core/node/library';
import { translateError } from '../../../core/node/store/errors';
import { migration001 } from '../../../core/node/store/migrations/001-initial';
import { LATEST_SCHEMA } from '../../../core/node/store/migrations';
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

const kindOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(LibraryError);
    return e as LibraryError;
  }
  throw new Error('expected a LibraryError');
};

describe('opening the store', () => {
  it('creates a WAL database at the latest schema with foreign keys and full durability', async () => {
    const dir = newDir();
    const lib = await createLibrary({ dataDir: dir, clock: fakeClock().fn });
    const db = lib.store.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA);
    expect(lib.session).toMatchObject({ createdNew: true, previousCleanShutdown: true, migratedFrom: null });
    expect(existsSync(join(dir, 'qicao.lock'))).toBe(true);
    lib.close();
    expect(existsSync(join(dir, 'qicao.lock'))).toBe(false);
    expect(existsSync(join(dir, 'qicao.db-wal')) ? readFileSync(join(dir, 'qicao.db-wal')).length : 0).toBe(0);
  });

  it('refuses a database written by a newer app and leaves it untouched', async () => {
    const dir = newDir();
    const raw = new Database(join(dir, 'qicao.db'));
    raw.exec('CREATE TABLE future (x)');
    raw.pragma('user_version = 99');
    raw.close();
    const before = readFileSync(join(dir, 'qicao.db'));
    const e = await kindOf(createLibrary({ dataDir: dir, clock: fakeClock().fn }));
    expect(e).toBeInstanceOf(TooNewLibraryError);
    expect(e.kind).toBe('too-new');
    expect(e.message).toMatch(/更新版本的起草创建（资料库版本 99，本程序支持到 2）/);
    expect(readFileSync(join(dir, 'qicao.db')).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'qicao.lock'))).toBe(false); // lock released on failure
  });

  it('migrates a schema-1 database: backup first, search index filled, version sizes backfilled', async () => {
    const dir = newDir();
    const raw = new Database(join(dir, 'qicao.db'));
    raw.exec(migration001.sql);
    raw.pragma('user_version = 1');
    const d = simpleDraft('去年的通报', ['局党组召开专题会议研究部署整改工作。'], { docDate: '2024-02-17' });
    raw.prepare("INSERT INTO drafts (id, title, doc_type, year, json, created_at, updated_at) VALUES (?, ?, 'rectification', '2024', ?, ?, ?)")
      .run(d.id, '去年的通报', JSON.stringify(d), d.createdAt, d.updatedAt);
    raw.prepare("INSERT INTO versions (draft_id, created_at, kind, label, hash, json) VALUES (?, ?, 'milestone', '定稿', 'x', ?)")
      .run(d.id, d.createdAt, JSON.stringify(d));
    raw.close();

    const lib = await createLibrary({ dataDir: dir, clock: fakeClock().fn });
    expect(lib.session.migratedFrom).toBe(1);
    expect(lib.store.db.pragma('user_version', { simple: true })).toBe(2);
    expect(lib.backups.list().map((b) => b.kind)).toContain('pre-migration');
    const pre = lib.backups.list().find((b) => b.kind === 'pre-migration')!;
    const old = new Database(pre.path, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
    expect(lib.search.query({ text: '专题会议' }).map((h) => h.draft.id)).toEqual([d.id]);
    expect(lib.versions.list(d.id)[0]!.chars).toBe('去年的通报'.length + '局党组召开专题会议研究部署整改工作。'.length + '2024年2月17日'.length);
    expect(lib.drafts.get(d.id).fields.title).toBe('去年的通报');
    lib.close();
  });

  it('rolls a failed migration back and keeps the old schema', async () => {
    const dir = newDir();
    const first = await createLibrary({ dataDir: dir, clock: fakeClock().fn, migrations: [migration001] });
    first.close();
    const broken = { version: 2, name: 'broken', sql: 'CREATE TABLE ok_table (x); SELECT * FROM no_such_table;' };
    await kindOf(createLibrary({ dataDir: dir, clock: fakeClock().fn, migrations: [migration001, broken] }));
    const raw = new Database(join(dir, 'qicao.db'));
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('tells a second instance that the library is in use (lock file)', async () => {
    const dir = newDir();
    const a = await createLibrary({ dataDir: dir, clock: fakeClock().fn });
    const e = await kindOf(createLibrary({ dataDir: dir, clock: fakeClock().fn }));
    expect(e.kind).toBe('locked');
    expect(e.message).toMatch(/^另一个起草窗口正在使用该资料库/);
    a.close();
    const b = await createLibrary({ dataDir: dir, clock: fakeClock().fn });
    b.close();
  });

  it('maps SQLITE_BUSY from a connection outside the app to the same message', async () => {
    const dir = newDir();
    (await createLibrary({ dataDir: dir, clock: fakeClock().fn })).close();
    const other = new Database(join(dir, 'qicao.db'));
    other.exec('BEGIN EXCLUSIVE');
    const e = await kindOf(createLibrary({ dataDir: dir, clock: fakeClock().fn, busyTimeoutMs: 50 }));
    expect(e.kind).toBe('locked');
    expect(e.message).toMatch(/另一个起草窗口/);
    other.exec('ROLLBACK');
    other.close();
  });

  it('reports a full disk (SQLITE_FULL) as disk-full and keeps the earlier save', async () => {
    const dir = newDir();
    const lib = await createLibrary({ dataDir: dir, clock: fakeClock().fn, durability: 'normal' });
    const d = simpleDraft('小文稿', ['内容']);
    lib.drafts.create(d);
    const pages = lib.store.db.pragma('page_count', { simple: true }) as number;
    lib.store.db.pragma(`max_page_count = ${pages}`);
    const big = putianSizeDraft();
    const e = (() => {
      try {
        lib.drafts.save(big);
      } catch (err) {
        return err as LibraryError;
      }
      throw new Error('expected disk-full');
    })();
    expect(e.kind).toBe('disk-full');
    expect(e.message).toMatch(/磁盘空间已满/);
    expect(lib.drafts.get(d.id).fields.title).toBe('小文稿');
    lib.close();
  });

  it('maps read-only errors (SQLITE_READONLY, EACCES) to read-only', () => {
    const dir = newDir();
    const rw = new Database(join(dir, 'ro.db'));
    rw.exec('CREATE TABLE t (x)');
    rw.close();
    const ro = new Database(join(dir, 'ro.db'), { readonly: true });
    let err: unknown;
    try {
      ro.exec('INSERT INTO t VALUES (1)');
    } catch (e) {
      err = e;
    }
    ro.close();
    expect(translateError(err, '保存文稿').kind).toBe('read-only');
    const eacces = Object.assign(new Error('permission denied'), { code: 'EACCES' });
    expect(translateError(eacces, '创建资料库文件夹').message).toMatch(/只读的或没有写入权限/);
  });

  it('detects an unclean shutdown from a crash image and offers recovery', async () => {
    const dir = newDir();
    const clock = fakeClock();
    const lib = await createLibrary({ dataDir: dir, clock: clock.fn });
    const d = simpleDraft('崩溃前在写的文稿', ['最后一次自动保存的内容。']);
    lib.drafts.create(d);
    clock.advance(1000);
    lib.drafts.save(d);
    // What the disk holds if the power fails now: the database and its WAL, with the app still "open".
    const image = newDir();
    for (const f of readdirSync(dir)) if (f.startsWith('qicao.db')) copyFileSync(join(dir, f), join(image, f));
    lib.close();
    const after = await createLibrary({ dataDir: image, clock: clock.fn });
    expect(after.session.previousCleanShutdown).toBe(false);
    const rec = after.recovery()!;
    expect(rec.message).toBe(RECOVERY_MESSAGE);
    expect(rec.drafts.map((x) => x.title)).toEqual(['崩溃前在写的文稿']);
    expect(after.drafts.get(d.id).body).toEqual(d.body);
    after.close();
    const again = await createLibrary({ dataDir: image, clock: clock.fn });
    expect(again.recovery()).toBeNull();
    again.close();
  });
});
