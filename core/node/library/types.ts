// Types of the library's service surface, shared by the services and their callers (API wiring, UI).
import type { DocType } from '../../common/model/types';

/** 文稿状态 as the clerk sees it in the library list. */
export type DraftStatus = '草稿' | '送审' | '定稿';
export const DRAFT_STATUSES: readonly DraftStatus[] = ['草稿', '送审', '定稿'];

export interface DraftSummary {
  id: string;
  /** '' when the draft has no title yet; the UI shows 未命名文稿. */
  title: string;
  docType: DocType;
  year: string | null;
  status: DraftStatus;
  createdAt: string;
  updatedAt: string;
  /** Set while the draft is in the 回收站. */
  deletedAt: string | null;
}

export type DraftSort = 'updated' | 'created' | 'title' | 'year';

export interface DraftListQuery {
  year?: string;
  docType?: DocType;
  status?: DraftStatus;
  /** 'active' (default), 'deleted' (回收站) or 'all'. */
  scope?: 'active' | 'deleted' | 'all';
  sort?: DraftSort;
  /** Default: 'desc' for dates and year, 'asc' for title. */
  order?: 'asc' | 'desc';
}

export type VersionKind = 'auto' | 'milestone' | 'export' | 'restore';

export interface VersionSummary {
  id: number;
  draftId: string;
  createdAt: string;
  kind: VersionKind;
  /** 讨论稿 / 送审稿 / 定稿 for milestones, the file name for exports, what was restored for restores. */
  label: string | null;
  /** Characters of body text, for the version list (字数). */
  chars: number;
}

export interface SaveResult {
  updatedAt: string;
  /** The automatic version this save created, if the interval had passed and the content changed. */
  autoVersion: VersionSummary | null;
}
