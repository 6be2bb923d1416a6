// Backup files of the library: taken with SQLite's online backup API, rotated per kind, listed, and restored.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type BackupInfo, type BackupKind, LibraryError, translateError } from './errors';
import { type LibraryPaths, fileStamp } from './paths';

export const DEFAULT_KEEP: Record<BackupKind, number> = { daily: 7, 'pre-migration': 3, 'pre-restore': 5, manual: 10 };

const NAME = /^qicao-([0-9]{8})-([0-9]{6})(?:-([0-9]+))?-(daily|pre-migration|pre-restore|manual)\.db$/;

function parseName(fileName: string): { createdAt: string; kind: BackupKind } | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [, day, time, , kind] = m as unknown as [string, string, string, string | undefined, BackupKind];
  const d = new Date(
    Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)),
    Number(time.slice(0, 2)), Number(time.slice(2, 4)), Number(time.slice(4, 6)),
  );
  return { createdAt: d.toISOString(), kind };
}

/** Newest first. Half-written backups (a crash during backup) are temp files and never listed. */
export function listBackupFiles(paths: LibraryPaths): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(paths.backups);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const fileName of names) {
    const meta = parseName(fileName);
    if (!meta) continue;
    const path = join(paths.backups, fileName);
    try {
      out.push({ fileName, path, ...meta, size: statSync(path).size });
    } catch {
      // removed meanwhile
    }
  }
  return out.sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
}

function uniqueName(paths: LibraryPaths, kind: BackupKind, now: Date): string {
  const stamp = fileStamp(now);
  for (let i = 1; ; i++) {
    const name = `qicao-${stamp}${i > 1 ? `-${i}` : ''}-${kind}.db`;
    if (!existsSync(join(paths.backups, name))) return name;
  }
}

/** Backs up the open database (consistent while writes continue), then drops the oldest of that kind beyond `keep`. */
export async function createBackupFile(
  db: Database.Database, paths: LibraryPaths, kind: BackupKind, now: Date, keep = DEFAULT_KEEP[kind],
): Promise<BackupInfo> {
  try {
    mkdirSync(paths.backups, { recursive: true });
    const fileName = uniqueName(paths, kind, now);
    const target = join(paths.backups, fileName);
    const tmp = `${target}.tmp`;
    rmSync(tmp, { force: true });
    await db.backup(tmp);
    fsyncFile(tmp);
    renameSync(tmp, target);
    rotate(paths, kind, keep);
    return { fileName, path: target, ...parseName(fileName)!, size: statSync(target).size };
  } catch (e) {
    throw translateError(e, '备份资料库');
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function rotate(paths: LibraryPaths, kind: BackupKind, keep: number): void {
  listBackupFiles(paths)
    .filter((b) => b.kind === kind)
    .slice(Math.max(keep, 1))
    .forEach((b) => rmSync(b.path, { force: true }));
}

/** Leftovers of a backup interrupted by a crash. */
export function removeBackupTemps(paths: LibraryPaths): void {
  try {
    for (const n of readdirSync(paths.backups)) if (n.endsWith('.db.tmp')) rmSync(join(paths.backups, n), { force: true });
  } catch {
    // no backups folder yet
  }
}

/** Opens a backup read-only and runs quick_check, so a damaged backup is never copied over the library. */
export function verifyBackupFile(path: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const r = db.pragma('quick_check', { simple: true });
    if (r !== 'ok') throw new LibraryError('corrupt', `备份“${basename(path)}”本身已损坏，请选择另一个备份。`);
  } catch (e) {
    if (e instanceof LibraryError) throw e;
    throw new LibraryError('corrupt', `备份“${basename(path)}”无法读取（${(e as Error).message}），请选择另一个备份。`, { cause: e });
  } finally {
    db?.close();
  }
}

/**
 * Copies a verified backup next to the database, so nothing (e.g. rotation by a pre-restore backup) can remove it
 * before the swap. Returns the staged file for `swapInStaged`.
 */
export function stageBackup(paths: LibraryPaths, fileName: string): string {
  const backup = listBackupFiles(paths).find((b) => b.fileName === fileName);
  if (!backup) throw new LibraryError('not-found', `找不到备份“${fileName}”。`);
  verifyBackupFile(backup.path);
  const staged = `${paths.db}.restore.tmp`;
  try {
    copyFileSync(backup.path, staged);
    fsyncFile(staged);
  } catch (e) {
    rmSync(staged, { force: true });
    throw translateError(e, '从备份恢复资料库');
  }
  return staged;
}

/**
 * Replaces the library database (closed by the caller) with a staged backup. The current file and its -wal/-shm are
 * moved into set-aside/ first — never deleted — so a wrong choice can still be undone by hand. Returns the moved files.
 */
export function swapInStaged(paths: LibraryPaths, staged: string, now: Date): string[] {
  try {
    const moved: string[] = [];
    const stamp = fileStamp(now);
    // One base name for the file and its -wal/-shm, so the set-aside copy still opens with its last writes.
    let base = join(paths.setAside, `qicao-${stamp}.db`);
    for (let i = 2; existsSync(base); i++) base = join(paths.setAside, `qicao-${stamp}-${i}.db`);
    for (const suffix of ['', '-wal', '-shm']) {
      const from = paths.db + suffix;
      if (!existsSync(from)) continue;
      mkdirSync(paths.setAside, { recursive: true });
      renameSync(from, base + suffix);
      moved.push(base + suffix);
    }
    renameSync(staged, paths.db);
    return moved;
  } catch (e) {
    throw translateError(e, '从备份恢复资料库');
  }
}

/** stageBackup + swapInStaged, for a library that is not open. */
export function restoreBackupFile(paths: LibraryPaths, fileName: string, now: Date): string[] {
  return swapInStaged(paths, stageBackup(paths, fileName), now);
}
