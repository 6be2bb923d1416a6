// 文稿库: create, open, list, autosave, rename, status, 回收站 (soft delete) and duplicate.
import { DraftRejectedError, validateDraft } from '../../common/api/draft-gate';
import { cloneWithNewIds, emptyDraft } from '../../common/model/build';
import { newId } from '../../common/model/ids';
import type { DocType, Draft } from '../../common/model/types';
import { LibraryError } from '../store/errors';
import type { Store } from '../store/store';
import { type DraftRow, SUMMARY_COLUMNS, notFound, parseStoredDraft, toSummary, writeDraftRow } from './rows';
import {
  DRAFT_STATUSES, type DraftListQuery, type DraftStatus, type DraftSummary, type SaveResult,
} from './types';
import type { Versions } from './versions';

const titleCollator = new Intl.Collator('zh-CN');

export class DraftLibrary {
  constructor(private readonly store: Store, private readonly versions: Versions) {}

  /** Stores a new draft (built by a template, an import or carry-forward). Its id must be new to the library. */
  create(draft: Draft): DraftSummary {
    admit(draft);
    return this.store.tx('新建文稿', () => {
      if (this.exists(draft.id)) throw new LibraryError('invalid', '资料库中已有同一编号的文稿。');
      const now = this.store.clock().toISOString();
      const stored: Draft = { ...draft, createdAt: draft.createdAt || now, updatedAt: now };
      writeDraftRow(this.store, stored);
      this.versions.autoSnapshotIfDue(stored, this.store.clock());
      return this.summary(draft.id);
    });
  }

  createEmpty(docType: DocType): Draft {
    const draft = emptyDraft(docType, this.store.clock().toISOString());
    this.create(draft);
    return this.get(draft.id); // with the revision the library stamped
  }

  get(id: string): Draft {
    return this.store.run('打开文稿', () => {
      const row = this.store.prepare('SELECT json FROM drafts WHERE id = ?').get(id) as { json: string } | undefined;
      if (!row) throw notFound(id);
      return parseStoredDraft(row.json, '该文稿');
    });
  }

  summary(id: string): DraftSummary {
    return this.store.run('读取文稿信息', () => {
      const row = this.store.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE id = ?`).get(id) as DraftRow | undefined;
      if (!row) throw notFound(id);
      return toSummary(row);
    });
  }

  list(q: DraftListQuery = {}): DraftSummary[] {
    const where: string[] = [];
    const args: unknown[] = [];
    const scope = q.scope ?? 'active';
    if (scope === 'active') where.push('deleted_at IS NULL');
    if (scope === 'deleted') where.push('deleted_at IS NOT NULL');
    if (q.year !== undefined) {
      where.push('year = ?');
      args.push(q.year);
    }
    if (q.docType) {
      where.push('doc_type = ?');
      args.push(q.docType);
    }
    if (q.status) {
      where.push('status = ?');
      args.push(q.status);
    }
    const sort = q.sort ?? 'updated';
    const order = q.order ?? (sort === 'title' ? 'asc' : 'desc');
    const column = { updated: 'updated_at', created: 'created_at', year: 'year', title: 'title' }[sort];
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM drafts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${column} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, updated_at DESC`;
    const rows = this.store.run('读取文稿列表', () => (this.store.db.prepare(sql).all(...args) as DraftRow[]).map(toSummary));
    // SQLite orders by code point; titles sort as a Chinese reader expects (pinyin) with ICU's collation.
    if (sort === 'title') rows.sort((a, b) => titleCollator.compare(a.title, b.title) * (order === 'asc' ? 1 : -1));
    return rows;
  }

  /**
   * The autosave path: one upsert of the JSON (plus, every autoIntervalMs, an automatic version). Designed to take a
   * few milliseconds for a 17,000-character draft; the search index is refreshed lazily. `updatedAt` is set here and
   * is the draft's revision: strictly increasing, so two saves never share one.
   *
   * `base` is the revision the edit started from. When given and the stored draft has moved on (another window or
   * another host on the same data folder saved meanwhile), the save is refused with kind 'conflict' and nothing
   * is written: the store is the arbiter, inside one IMMEDIATE transaction.
   */
  save(draft: Draft, opts: { base?: string } = {}): SaveResult {
    admit(draft);
    return this.store.tx('保存文稿', () => {
      const row = this.store.prepare('SELECT updated_at FROM drafts WHERE id = ?').get(draft.id) as { updated_at: string } | undefined;
      if (opts.base !== undefined && row && row.updated_at !== opts.base) throw conflict(row.updated_at);
      const now = this.store.clock();
      const stored0 = row ? Date.parse(row.updated_at) : NaN;
      const at = Number.isFinite(stored0) && stored0 >= now.getTime() ? new Date(stored0 + 1) : now;
      const updatedAt = at.toISOString();
      const stored: Draft = { ...draft, updatedAt };
      writeDraftRow(this.store, stored);
      const autoVersion = this.versions.autoSnapshotIfDue(stored, now);
      return { updatedAt, autoVersion };
    });
  }

  rename(id: string, title: string): DraftSummary {
    return this.store.tx('重命名文稿', () => {
      const draft = this.get(id);
      const fields = { ...draft.fields };
      if (title.trim()) fields.title = title.trim();
      else delete fields.title;
      writeDraftRow(this.store, { ...draft, fields, updatedAt: this.store.clock().toISOString() });
      return this.summary(id);
    });
  }

  setStatus(id: string, status: DraftStatus): DraftSummary {
    if (!DRAFT_STATUSES.includes(status)) throw new LibraryError('invalid', `未知的文稿状态：${status}`);
    return this.store.run('修改文稿状态', () => {
      if (this.store.prepare('UPDATE drafts SET status = ? WHERE id = ?').run(status, id).changes === 0) throw notFound(id);
      return this.summary(id);
    });
  }

  /** 删除: to the 回收站; versions stay until purge. */
  delete(id: string): void {
    this.store.run('删除文稿', () => {
      const r = this.store.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.store.clock().toISOString(), id);
      if (r.changes === 0 && !this.exists(id)) throw notFound(id);
    });
  }

  /** 从回收站还原. */
  undelete(id: string): DraftSummary {
    return this.store.run('还原文稿', () => {
      if (this.store.prepare('UPDATE drafts SET deleted_at = NULL WHERE id = ?').run(id).changes === 0) throw notFound(id);
      return this.summary(id);
    });
  }

  /** 彻底删除 a draft in the 回收站, with its versions, ignored findings and search entry. */
  purge(id: string): void {
    this.store.tx('彻底删除文稿', () => {
      const row = this.store.prepare('SELECT n, deleted_at FROM drafts WHERE id = ?').get(id) as { n: number; deleted_at: string | null } | undefined;
      if (!row) throw notFound(id);
      if (!row.deleted_at) throw new LibraryError('invalid', '只能彻底删除回收站中的文稿。');
      this.store.prepare('DELETE FROM draft_search WHERE rowid = ?').run(row.n);
      this.store.prepare('DELETE FROM drafts WHERE n = ?').run(row.n);
    });
  }

  /** 复制: the same content with new ids, titled “…（副本）”, status 草稿, no history. */
  duplicate(id: string): Draft {
    const src = this.get(id);
    const now = this.store.clock().toISOString();
    const title = src.fields.title?.trim();
    const copy: Draft = {
      ...structuredClone(src),
      id: newId('d'),
      fields: { ...src.fields, title: `${title || '未命名文稿'}（副本）` },
      body: src.body.map((b) => cloneWithNewIds(b)),
      createdAt: now,
      updatedAt: now,
    };
    this.create(copy);
    return this.get(copy.id); // as stored: its updatedAt is the revision the editor's saves are based on
  }

  private exists(id: string): boolean {
    return this.store.prepare('SELECT 1 FROM drafts WHERE id = ?').get(id) !== undefined;
  }
}

/** The library's gate: a draft off the schema (from any path) is refused before anything is written. */
function admit(draft: Draft): void {
  try {
    validateDraft(draft);
  } catch (e) {
    if (e instanceof DraftRejectedError) throw new LibraryError('invalid', e.message, { cause: e });
    throw e;
  }
}

export const CONFLICT_MESSAGE = '这篇文稿已在另一个窗口（或另一台电脑）中修改并保存，您的这次修改没有覆盖它。';

function conflict(storedAt: string): LibraryError {
  return new LibraryError('conflict', CONFLICT_MESSAGE, { cause: { storedAt } });
}
