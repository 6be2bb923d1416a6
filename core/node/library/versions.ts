// 版本: automatic snapshots while editing, milestones (讨论稿/送审稿/定稿), export snapshots, restore and diff.
import { createHash } from 'node:crypto';
import { type DraftDiff, diffDrafts } from '../../common/diff';
import type { Draft } from '../../common/model/types';
import { LibraryError } from '../store/errors';
import type { Store } from '../store/store';
import { draftChars } from '../store/search-text';
import { notFound, parseStoredDraft, writeDraftRow } from './rows';
import type { DraftStatus, VersionKind, VersionSummary } from './types';
import { DRAFT_STATUSES } from './types';

export interface VersionPolicy {
  /** At most one automatic version per this many milliseconds of editing (default 10 minutes). */
  autoIntervalMs: number;
  /** Automatic versions older than this are thinned to the newest one per day (default 7 days). */
  thinAfterMs: number;
}

export const DEFAULT_VERSION_POLICY: VersionPolicy = { autoIntervalMs: 10 * 60_000, thinAfterMs: 7 * 86_400_000 };

interface VersionRow {
  id: number;
  draft_id: string;
  created_at: string;
  kind: string;
  label: string | null;
  chars: number;
}

const COLUMNS = 'id, draft_id, created_at, kind, label, chars';

const toVersion = (r: VersionRow): VersionSummary => ({
  id: r.id, draftId: r.draft_id, createdAt: r.created_at, kind: r.kind as VersionKind, label: r.label, chars: r.chars,
});

/** Content identity ignores updatedAt, which changes on every save even when nothing else did. */
export function contentHash(draft: Draft): string {
  return createHash('sha1').update(JSON.stringify({ ...draft, updatedAt: '' })).digest('hex');
}

export class Versions {
  constructor(private readonly store: Store, private readonly policy: VersionPolicy = DEFAULT_VERSION_POLICY) {}

  list(draftId: string): VersionSummary[] {
    return this.store.run('读取版本列表', () =>
      (this.store.prepare(`SELECT ${COLUMNS} FROM versions WHERE draft_id = ? ORDER BY id DESC`).all(draftId) as VersionRow[]).map(toVersion),
    );
  }

  get(versionId: number): { version: VersionSummary; draft: Draft } {
    return this.store.run('读取版本', () => {
      const row = this.store.prepare(`SELECT ${COLUMNS}, json FROM versions WHERE id = ?`).get(versionId) as
        | (VersionRow & { json: string })
        | undefined;
      if (!row) throw new LibraryError('not-found', '找不到该版本，它可能随文稿一起被删除了。');
      return { version: toVersion(row), draft: parseStoredDraft(row.json, '该版本') };
    });
  }

  /** 存为里程碑版本 (讨论稿/送审稿/定稿…); `status` also moves the draft to 送审/定稿 in the library list. */
  createMilestone(draftId: string, label: string, opts: { status?: DraftStatus } = {}): VersionSummary {
    const name = label.trim();
    if (!name) throw new LibraryError('invalid', '请为版本填写名称，例如“送审稿”。');
    if (opts.status && !DRAFT_STATUSES.includes(opts.status)) throw new LibraryError('invalid', `未知的文稿状态：${opts.status}`);
    return this.store.tx('保存版本', () => {
      const v = this.snapshot(draftId, 'milestone', name, false)!;
      if (opts.status) this.store.prepare('UPDATE drafts SET status = ? WHERE id = ?').run(opts.status, draftId);
      return v;
    });
  }

  /**
   * Keeps a draft the caller holds (not the stored one) as a named version of its draft: after a save conflict, the
   * clerk's edit is kept here and the other window's edit stays current. Nothing else changes.
   */
  keepCopy(draft: Draft, label: string): VersionSummary {
    const name = label.trim() || '我的修改';
    return this.store.tx('保存版本', () => {
      this.current(draft.id); // throws not-found for a draft that is not in the library
      return this.insert(draft, 'milestone', name, this.store.clock(), false)!;
    });
  }

  /** Called by every export (DOCX, PDF, .qicao.json) so the exact exported state can be found again. */
  recordExport(draftId: string, label: string): VersionSummary {
    return this.store.tx('保存导出版本', () => this.snapshot(draftId, 'export', label, false)!);
  }

  /** Names an export version after the file it went to, once the clerk has chosen it (the id was written into the file). */
  relabel(versionId: number, label: string): void {
    this.store.tx('保存导出版本', () => this.store.prepare('UPDATE versions SET label = ? WHERE id = ?').run(label, versionId));
  }

  /** Drops an export version whose file was never written (the clerk cancelled the save dialog). */
  discardExport(versionId: number): void {
    this.store.tx('保存导出版本', () => this.store.prepare("DELETE FROM versions WHERE id = ? AND kind = 'export'").run(versionId));
  }

  /**
   * Makes a version the current state of its draft. The current state is snapshotted first (kind 'restore'), unless
   * an identical version already exists at the top of the history. Returns the restored draft.
   */
  restore(versionId: number): Draft {
    const { version, draft } = this.get(versionId);
    return this.store.tx('恢复版本', () => {
      const label = `恢复到“${version.label ?? localTime(version.createdAt)}”之前`;
      this.snapshot(version.draftId, 'restore', label, true);
      const now = this.store.clock().toISOString();
      const restored: Draft = { ...draft, id: version.draftId, updatedAt: now };
      writeDraftRow(this.store, restored);
      return restored;
    });
  }

  /** Differences from `from` to `to`; 'current' is the draft as last saved. */
  diff(draftId: string, from: number | 'current', to: number | 'current'): DraftDiff {
    const load = (v: number | 'current') => (v === 'current' ? this.current(draftId) : this.get(v).draft);
    return diffDrafts(load(from), load(to));
  }

  /**
   * The autosave hook: inside the save transaction, snapshot when no automatic version is younger than the interval
   * and the content differs from the newest version.
   */
  autoSnapshotIfDue(draft: Draft, now: Date): VersionSummary | null {
    const last = this.store
      .prepare("SELECT created_at FROM versions WHERE draft_id = ? AND kind = 'auto' ORDER BY id DESC LIMIT 1")
      .get(draft.id) as { created_at: string } | undefined;
    if (last && now.getTime() - Date.parse(last.created_at) < this.policy.autoIntervalMs) return null;
    return this.insert(draft, 'auto', null, now, true);
  }

  /**
   * Thins old automatic versions to one per draft and day (UTC), so a year of 10-minute snapshots does not grow the
   * library without bound. Milestone, export and restore versions are never removed. Returns how many were removed.
   */
  thin(): number {
    const cutoff = new Date(this.store.clock().getTime() - this.policy.thinAfterMs).toISOString();
    return this.store.tx('整理历史版本', () =>
      this.store
        .prepare(
          `DELETE FROM versions WHERE kind = 'auto' AND created_at < @cutoff AND id NOT IN (
             SELECT max(id) FROM versions WHERE kind = 'auto' AND created_at < @cutoff GROUP BY draft_id, substr(created_at, 1, 10))`,
        )
        .run({ cutoff }).changes,
    );
  }

  private current(draftId: string): Draft {
    const row = this.store.prepare('SELECT json FROM drafts WHERE id = ?').get(draftId) as { json: string } | undefined;
    if (!row) throw notFound(draftId);
    return parseStoredDraft(row.json, '该文稿');
  }

  private snapshot(draftId: string, kind: VersionKind, label: string | null, dedupe: boolean): VersionSummary | null {
    return this.insert(this.current(draftId), kind, label, this.store.clock(), dedupe);
  }

  private insert(draft: Draft, kind: VersionKind, label: string | null, now: Date, dedupe: boolean): VersionSummary | null {
    const hash = contentHash(draft);
    if (dedupe) {
      const newest = this.store.prepare('SELECT hash FROM versions WHERE draft_id = ? ORDER BY id DESC LIMIT 1').get(draft.id) as
        | { hash: string }
        | undefined;
      if (newest?.hash === hash) return null;
    }
    const createdAt = now.toISOString();
    const chars = draftChars(draft);
    const r = this.store
      .prepare('INSERT INTO versions (draft_id, created_at, kind, label, hash, json, chars) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(draft.id, createdAt, kind, label, hash, JSON.stringify(draft), chars);
    return { id: Number(r.lastInsertRowid), draftId: draft.id, createdAt, kind, label, chars };
  }
}

function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}`;
}
