// Applies pending SQL migrations in order, each in its own transaction that also bumps user_version.
import type { Database } from 'better-sqlite3';
import { TooNewLibraryError } from './errors';
import { LATEST_SCHEMA, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws TooNewLibraryError before touching a database written by a newer app. */
export function assertNotNewer(db: Database, latest = LATEST_SCHEMA): number {
  const v = schemaVersion(db);
  if (v > latest) throw new TooNewLibraryError(v, latest);
  return v;
}

/** Returns the versions applied; `migrations` is injectable so tests can stop at an older schema. */
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const from = assertNotNewer(db, latest);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.after?.(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
