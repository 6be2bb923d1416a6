// The shape of one numbered SQL migration.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The `user_version` the database has after this migration. */
  version: number;
  name: string;
  sql: string;
  /** Data steps SQL cannot do (e.g. filling the search index from the draft JSON); runs in the same transaction. */
  after?: (db: Database) => void;
}
