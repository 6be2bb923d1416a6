// Where the library keeps its files inside the data directory.
import { join } from 'node:path';

export interface LibraryPaths {
  dataDir: string;
  db: string;
  lock: string;
  backups: string;
  /** Damaged or replaced database files moved aside by a restore; never deleted by the app. */
  setAside: string;
}

export function libraryPaths(dataDir: string): LibraryPaths {
  return {
    dataDir,
    db: join(dataDir, 'qicao.db'),
    lock: join(dataDir, 'qicao.lock'),
    backups: join(dataDir, 'backups'),
    setAside: join(dataDir, 'set-aside'),
  };
}

/** A local-time stamp for file names, sortable and readable by the clerk: 20250217-103015. */
export function fileStamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export function localDay(d: Date): string {
  return fileStamp(d).slice(0, 8);
}
