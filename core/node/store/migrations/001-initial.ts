// Schema 1: drafts with their versions, the unit profile, user templates and settings.
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- 单位信息: one row; the JSON is a UnitProfile.
CREATE TABLE unit_profile (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  json       TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- n is a stable integer key (a TEXT primary key's rowid may change on VACUUM) that the search index refers to.
CREATE TABLE drafts (
  n          INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL DEFAULT '',
  doc_type   TEXT NOT NULL,
  year       TEXT,
  status     TEXT NOT NULL DEFAULT '草稿' CHECK (status IN ('草稿', '送审', '定稿')),
  json       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX drafts_by_updated ON drafts (deleted_at, updated_at);

CREATE TABLE versions (
  id         INTEGER PRIMARY KEY,
  draft_id   TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('auto', 'milestone', 'export', 'restore')),
  label      TEXT,
  hash       TEXT NOT NULL,
  json       TEXT NOT NULL
) STRICT;
CREATE INDEX versions_by_draft ON versions (draft_id, id);

CREATE TABLE user_templates (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  doc_type   TEXT NOT NULL,
  json       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
};
