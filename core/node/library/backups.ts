// 备份与恢复: the service over the backup files, plus the two calls the UI needs when the library cannot open.
import { listBackupFiles, restoreBackupFile } from '../store/backup-files';
import type { BackupInfo } from '../store/errors';
import { acquireDirLock } from '../store/lock';
import { libraryPaths } from '../store/paths';
import type { Store } from '../store/store';

export class Backups {
  constructor(private readonly store: Store) {}

  /** Newest first. */
  list(): BackupInfo[] {
    return this.store.listBackups();
  }

  /** 立即备份. */
  create(): Promise<BackupInfo> {
    return this.store.backup('manual');
  }

  /** For a long-running app: takes today's daily backup if it has not been taken yet. Call e.g. hourly. */
  runDailyIfDue(): Promise<BackupInfo | null> {
    return this.store.backupDailyIfDue();
  }

  /**
   * Replaces the library with a backup and reopens it; every service keeps working on the restored data. The replaced
   * file is moved to set-aside/, never deleted. Drafts open in the editor must be reloaded by the UI afterwards.
   */
  restore(fileName: string): Promise<{ setAside: string[] }> {
    return this.store.restore(fileName);
  }
}

/** Backups of a library that could not be opened (e.g. after CorruptLibraryError, which also carries this list). */
export function listLibraryBackups(dataDir: string): BackupInfo[] {
  return listBackupFiles(libraryPaths(dataDir));
}

/**
 * Restores a backup into a library that is not open (it failed to open as corrupt): takes the directory lock, moves
 * the broken file aside, copies the backup in. Then call createLibrary again.
 */
export function restoreLibraryBackup(opts: { dataDir: string; fileName: string; clock: () => Date }): { setAside: string[] } {
  const paths = libraryPaths(opts.dataDir);
  const lock = acquireDirLock(paths.lock, opts.clock());
  try {
    return { setAside: restoreBackupFile(paths, opts.fileName, opts.clock()) };
  } finally {
    lock.release();
  }
}
