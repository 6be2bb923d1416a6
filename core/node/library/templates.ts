// 我的模板: drafts saved as the clerk's own templates (this year's facts stripped), listed and instantiated.
import { type UserTemplateResult, toUserTemplate } from '../../common/carry-forward';
import { cloneWithNewIds } from '../../common/model/build';
import { newId } from '../../common/model/ids';
import type { DocType, Draft } from '../../common/model/types';
import { LibraryError } from '../store/errors';
import type { Store } from '../store/store';
import type { DraftLibrary } from './drafts';
import { parseStoredDraft } from './rows';

export interface UserTemplateSummary {
  id: string;
  name: string;
  docType: DocType;
  createdAt: string;
  updatedAt: string;
}

interface TemplateRow {
  id: string;
  name: string;
  doc_type: string;
  created_at: string;
  updated_at: string;
}

const toSummary = (r: TemplateRow): UserTemplateSummary => ({
  id: r.id, name: r.name, docType: r.doc_type as DocType, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Template ids as a draft's templateId, distinct from the built-in templates' ids. */
export const USER_TEMPLATE_PREFIX = 'user:';

export class UserTemplates {
  constructor(private readonly store: Store, private readonly drafts: DraftLibrary) {}

  /** 存为我的模板. Returns what was stripped and the figures still in the prose, for the UI to show. */
  saveFromDraft(draftId: string, name: string): { template: UserTemplateSummary } & Omit<UserTemplateResult, 'draft'> {
    const label = name.trim();
    if (!label) throw new LibraryError('invalid', '请为模板填写名称。');
    const now = this.store.clock().toISOString();
    const { draft, removedFields, remainingFacts } = toUserTemplate(this.drafts.get(draftId), now);
    return this.store.run('保存模板', () => {
      this.store
        .prepare('INSERT INTO user_templates (id, name, doc_type, json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(draft.id, label, draft.docType, JSON.stringify(draft), now, now);
      return { template: this.summary(draft.id), removedFields, remainingFacts };
    });
  }

  list(docType?: DocType): UserTemplateSummary[] {
    return this.store.run('读取模板列表', () => {
      const rows = (docType
        ? this.store.prepare('SELECT id, name, doc_type, created_at, updated_at FROM user_templates WHERE doc_type = ? ORDER BY updated_at DESC').all(docType)
        : this.store.prepare('SELECT id, name, doc_type, created_at, updated_at FROM user_templates ORDER BY updated_at DESC').all()) as TemplateRow[];
      return rows.map(toSummary);
    });
  }

  get(id: string): Draft {
    return this.store.run('读取模板', () => {
      const row = this.store.prepare('SELECT json FROM user_templates WHERE id = ?').get(id) as { json: string } | undefined;
      if (!row) throw missing();
      return parseStoredDraft(row.json, '该模板');
    });
  }

  rename(id: string, name: string): UserTemplateSummary {
    const label = name.trim();
    if (!label) throw new LibraryError('invalid', '请为模板填写名称。');
    return this.store.run('重命名模板', () => {
      const r = this.store.prepare('UPDATE user_templates SET name = ?, updated_at = ? WHERE id = ?').run(label, this.store.clock().toISOString(), id);
      if (r.changes === 0) throw missing();
      return this.summary(id);
    });
  }

  delete(id: string): void {
    this.store.run('删除模板', () => {
      if (this.store.prepare('DELETE FROM user_templates WHERE id = ?').run(id).changes === 0) throw missing();
    });
  }

  /** 用模板新建: a new draft in the library with fresh ids. */
  instantiate(id: string): Draft {
    const t = this.get(id);
    const now = this.store.clock().toISOString();
    const draft: Draft = {
      ...t,
      id: newId('d'),
      templateId: USER_TEMPLATE_PREFIX + id,
      body: t.body.map((b) => cloneWithNewIds(b)),
      createdAt: now,
      updatedAt: now,
    };
    this.drafts.create(draft);
    return draft;
  }

  private summary(id: string): UserTemplateSummary {
    const row = this.store.prepare('SELECT id, name, doc_type, created_at, updated_at FROM user_templates WHERE id = ?').get(id) as TemplateRow | undefined;
    if (!row) throw missing();
    return toSummary(row);
  }
}

const missing = () => new LibraryError('not-found', '找不到该模板，它可能已被删除。');
