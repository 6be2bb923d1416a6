// All SQL migrations in order; the last one's version is the schema this app writes.
import { migration001 } from './001-initial';
import { migration002 } from './002-search-and-findings';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002];
export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;
