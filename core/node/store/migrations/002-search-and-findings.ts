// Schema 2: the full-text index (FTS5 trigram), version sizes, and the check findings a clerk chose to ignore.
import type { Database } from 'better-sqlite3';
import { migrateDraft } from '../../../common/model/migrations';
import { draftBodyText, draftChars, draftTitle } from '../search-text';
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'search-and-findings',
  sql: `
-- rowid = drafts.n. Trigram matches substrings of 3+ characters, which is what Chinese search needs
-- (no word boundaries); shorter queries fall back to LIKE over the same columns.
CREATE VIRTUAL TABLE draft_search USING fts5 (title, body, tokenize = 'trigram');

-- Autosave only marks a draft dirty; the index is refreshed before a search, keeping autosave cheap.
ALTER TABLE drafts ADD COLUMN index_dirty INTEGER NOT NULL DEFAULT 1;

-- 字数 of each version for the history list, so listing never parses version JSON.
ALTER TABLE versions ADD COLUMN chars INTEGER NOT NULL DEFAULT 0;

CREATE TABLE ignored_findings (
  draft_id    TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  finding_key TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (draft_id, finding_key)
) STRICT;
`,
  after: (db: Database) => {
    const rows = db.prepare('SELECT n, json FROM drafts').all() as { n: number; json: string }[];
    const insert = db.prepare('INSERT INTO draft_search (rowid, title, body) VALUES (?, ?, ?)');
    for (const r of rows) {
      let title = '';
      let body = '';
      try {
        const draft = migrateDraft(JSON.parse(r.json));
        title = draftTitle(draft);
        body = draftBodyText(draft);
      } catch {
        // A draft the app cannot read stays listed but unsearchable rather than failing the upgrade.
      }
      insert.run(r.n, title, body);
    }
    db.prepare('UPDATE drafts SET index_dirty = 0').run();
    const versions = db.prepare('SELECT id, json FROM versions').all() as { id: number; json: string }[];
    const setChars = db.prepare('UPDATE versions SET chars = ? WHERE id = ?');
    for (const v of versions) {
      try {
        setChars.run(draftChars(migrateDraft(JSON.parse(v.json))), v.id);
      } catch {
        // unreadable version: 0 characters
      }
    }
  },
};
