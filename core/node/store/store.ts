// The library's single SQLite connection: opening (lock, integrity check, pragmas, migrations, backups), the
// session marker for crash recovery, statement cache and error translation. Services reach the database only here.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import {
  DEFAULT_KEEP, createBackupFile, listBackupFiles, removeBackupTemps, stageBackup, swapInStaged,
} from './backup-files';
import {
  type BackupInfo, type BackupKind, CorruptLibraryError, LibraryError, isCorruptionCode, translateError,
} from './errors';
import { type DirLock, acquireDirLock } from './lock';
import { assertNotNewer, applyMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { type LibraryPaths, libraryPaths, localDay } from './paths';

export interface StoreOptions {
  dataDir: string;
  clock: () => Date;
  /** How long a write waits for a lock held by another connection before reporting 'locked'. */
  busyTimeoutMs?: number;
  /**
   * 'full' (default) fsyncs the WAL on every commit, so a save survives power loss too; 'normal' survives an app
   * crash only. Measured cost of 'full' on an SSD: see test/bench/store.bench.ts.
   */
  durability?: 'full' | 'normal';
  /** Take a backup at the first open of each day (default true). */
  dailyBackup?: boolean;
  keep?: Partial<Record<BackupKind, number>>;
  /** Tests only: stop at an older schema. */
  migrations?: readonly Migration[];
}

export interface SessionInfo {
  /** false when the last session ended without close() (crash, power loss, killed): tell the clerk. */
  previousCleanShutdown: boolean;
  previousStartedAt: string | null;
  startedAt: string;
  /** Schema version found before this open upgraded it; null when nothing was migrated. */
  migratedFrom: number | null;
  /** The database file did not exist and was created (check `backups` if the clerk expected drafts). */
  createdNew: boolean;
}

const KEY_CLEAN = 'session.clean_shutdown';
const KEY_STARTED = 'session.started_at';
const KEY_CLOSED = 'session.closed_at';

export class Store {
  readonly paths: LibraryPaths;
  readonly clock: () => Date;
  session!: SessionInfo;
  private conn: Database.Database | null = null;
  private statements = new Map<string, Database.Statement>();
  private readonly keep: Record<BackupKind, number>;
  /** Backups and restores run one at a time, in call order: two in one second never share a name or a temp file. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(private readonly opts: StoreOptions, private lock: DirLock | null) {
    this.paths = libraryPaths(opts.dataDir);
    this.clock = opts.clock;
    this.keep = { ...DEFAULT_KEEP, ...opts.keep };
  }

  /** Opens (creating if needed) the library in `dataDir`. Throws LibraryError subclasses with Chinese messages. */
  static async open(opts: StoreOptions): Promise<Store> {
    const paths = libraryPaths(opts.dataDir);
    try {
      mkdirSync(paths.dataDir, { recursive: true });
    } catch (e) {
      throw translateError(e, '创建资料库文件夹');
    }
    const lock = acquireDirLock(paths.lock, opts.clock());
    const store = new Store(opts, lock);
    try {
      await store.connect();
    } catch (e) {
      lock.release();
      throw e;
    }
    return store;
  }

  get db(): Database.Database {
    if (!this.conn) throw new LibraryError('io', '资料库已关闭。');
    return this.conn;
  }

  get isOpen(): boolean {
    return this.conn !== null;
  }

  /** Cached prepared statement; the cache is dropped when the connection is replaced (restore). */
  prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs `fn` and turns anything SQLite or the disk throws into a LibraryError; `action` names it for the clerk. */
  run<T>(action: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw this.translate(e, action);
    }
  }

  /** `fn` inside one IMMEDIATE transaction (takes the write lock up front, so no mid-transaction BUSY). */
  tx<T>(action: string, fn: () => T): T {
    return this.run(action, () => this.db.transaction(fn).immediate());
  }

  translate(e: unknown, action: string): LibraryError {
    return translateError(e, action, (detail, cause) => this.corrupt(detail, cause));
  }

  private corrupt(detail: string, cause?: unknown): CorruptLibraryError {
    return new CorruptLibraryError(this.paths.db, listBackupFiles(this.paths), detail, { cause });
  }

  getSetting(key: string): string | null {
    const row = this.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setSetting(key: string, value: string | null): void {
    if (value === null) this.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else this.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  listBackups(): BackupInfo[] {
    return listBackupFiles(this.paths);
  }

  /** Takes a backup after any backup or restore already under way. */
  backup(kind: BackupKind): Promise<BackupInfo> {
    return this.serial(() => this.backupNow(kind));
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.then(() => undefined, () => undefined);
    return run;
  }

  private async backupNow(kind: BackupKind): Promise<BackupInfo> {
    try {
      return await createBackupFile(this.db, this.paths, kind, this.clock(), this.keep[kind]);
    } catch (e) {
      throw this.translate(e, '备份资料库');
    }
  }

  /**
   * Replaces the database with a backup while keeping the directory lock: a pre-restore backup of the current state
   * (when it is readable), close, move the current file aside, copy the backup in, reopen. Queued behind (and ahead
   * of) any backup, so the two never interleave.
   */
  restore(fileName: string): Promise<{ setAside: string[] }> {
    return this.serial(() => this.restoreNow(fileName));
  }

  private async restoreNow(fileName: string): Promise<{ setAside: string[] }> {
    const staged = stageBackup(this.paths, fileName); // verified before anything is closed
    if (this.conn) {
      try {
        await this.backupNow('pre-restore');
      } catch {
        // The current database may be the broken one being replaced; moving it aside below still keeps it.
      }
      this.disconnect(false);
    }
    let setAside: string[];
    try {
      setAside = swapInStaged(this.paths, staged, this.clock());
    } catch (e) {
      await this.connect().catch(() => undefined);
      throw e;
    }
    await this.connect();
    return { setAside };
  }

  /** Marks a clean shutdown, folds the WAL into the database file and releases the lock. Safe to call twice. */
  close(): void {
    this.disconnect(true);
    this.lock?.release();
    this.lock = null;
  }

  private disconnect(clean: boolean): void {
    const db = this.conn;
    if (!db) return;
    try {
      if (clean) {
        this.setSetting(KEY_CLEAN, '1');
        this.setSetting(KEY_CLOSED, this.clock().toISOString());
        db.pragma('wal_checkpoint(TRUNCATE)');
      }
    } catch {
      // A failing disk must not keep the app from closing; the next open will report an unclean session.
    } finally {
      this.statements.clear();
      this.conn = null;
      db.close();
    }
  }

  private async connect(): Promise<void> {
    const { paths, opts } = this;
    const createdNew = !existsSync(paths.db);
    let db: Database.Database | undefined;
    try {
      db = new Database(paths.db, { timeout: opts.busyTimeoutMs ?? 3000 });
      // quick_check first, before any write, so a damaged file is reported and left exactly as found.
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw this.corrupt(String(check));
      // Also before any write: a newer app's database must stay byte-for-byte as it was.
      const migrations = opts.migrations ?? MIGRATIONS;
      const from = assertNotNewer(db, migrations[migrations.length - 1]?.version);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`synchronous = ${opts.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
      this.conn = db;
      removeBackupTemps(paths);
      const pending = migrations.some((m) => m.version > from);
      if (pending && from > 0) await this.backupNow('pre-migration');
      applyMigrations(db, migrations);
      const now = this.clock().toISOString();
      const wasClean = this.getSetting(KEY_CLEAN);
      this.session = {
        previousCleanShutdown: wasClean === null || wasClean === '1',
        previousStartedAt: this.getSetting(KEY_STARTED),
        startedAt: now,
        migratedFrom: pending && from > 0 ? from : null,
        createdNew,
      };
      db.transaction(() => {
        this.setSetting(KEY_CLEAN, '0');
        this.setSetting(KEY_STARTED, now);
      })();
      if (opts.dailyBackup !== false && !createdNew) await this.dailyIfDue();
    } catch (e) {
      this.statements.clear();
      this.conn = null;
      db?.close();
      if (e instanceof LibraryError) throw e;
      if (isCorruptionCode((e as { code?: string }).code)) throw this.corrupt((e as Error).message, e);
      throw translateError(e, '打开资料库');
    }
  }

  /** Today's daily backup, unless one was already taken today (local day). */
  backupDailyIfDue(): Promise<BackupInfo | null> {
    return this.serial(() => this.dailyIfDue());
  }

  private async dailyIfDue(): Promise<BackupInfo | null> {
    const today = localDay(this.clock());
    const last = this.listBackups().find((b) => b.kind === 'daily');
    if (last && localDay(new Date(last.createdAt)) === today) return null;
    return this.backupNow('daily');
  }
}
