// Row shapes of the drafts table and their mapping to the service types.
import { admitDraft } from '../../common/api/draft-gate';
import { type Draft, type DocType, SCHEMA_VERSION } from '../../common/model/types';
import { LibraryError } from '../store/errors';
import { draftTitle, draftYear } from '../store/search-text';
import type { Store } from '../store/store';
import type { DraftStatus, DraftSummary } from './types';

export interface DraftRow {
  id: string;
  title: string;
  doc_type: string;
  year: string | null;
  status: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const SUMMARY_COLUMNS = 'id, title, doc_type, year, status, created_at, updated_at, deleted_at';

export function toSummary(r: DraftRow): DraftSummary {
  return {
    id: r.id,
    title: r.title,
    docType: r.doc_type as DocType,
    year: r.year,
    status: r.status as DraftStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/**
 * Stored JSON may predate the current document schema; it is migrated on read, never in place, and the migration's
 * output passes the draft schema. A current one was checked when it was written.
 */
export function parseStoredDraft(json: string, what: string): Draft {
  try {
    const doc = JSON.parse(json) as Draft;
    return doc.schemaVersion === SCHEMA_VERSION ? doc : admitDraft(doc);
  } catch (e) {
    throw new LibraryError('invalid', `${what}的内容无法读取：${(e as Error).message}`, { cause: e });
  }
}

export function notFound(id: string): LibraryError {
  return new LibraryError('not-found', `找不到文稿（${id}），它可能已被彻底删除。`);
}

/**
 * Inserts or updates a draft's row from its JSON (title, type and year are denormalised for listing and sorting)
 * and marks it for re-indexing. `json` is passed in when the caller already serialised the draft.
 */
export function writeDraftRow(store: Store, draft: Draft, json = JSON.stringify(draft)): void {
  store
    .prepare(
      `INSERT INTO drafts (id, title, doc_type, year, json, created_at, updated_at, index_dirty)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, doc_type = excluded.doc_type, year = excluded.year,
         json = excluded.json, updated_at = excluded.updated_at, index_dirty = 1`,
    )
    .run(draft.id, draftTitle(draft), draft.docType, draftYear(draft), json, draft.createdAt || draft.updatedAt, draft.updatedAt);
}
