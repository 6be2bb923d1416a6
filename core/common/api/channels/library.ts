// Library channels: drafts, versions, carry-forward, draft files, backups.
import * as v from 'valibot';
import type { CarryForwardResult } from '../../carry-forward';
import type { DraftDiff } from '../../diff';
import type { Draft } from '../../model/types';
import { draftSchema } from '../draft-schema';
import { type FileResult, docType, empty, fileBytes, id } from './common';

const status = v.picklist(['草稿', '送审', '定稿']);

export const LIBRARY_CHANNELS = {
  'drafts.list': v.object({
    query: v.optional(v.pipe(v.string(), v.maxLength(200))),
    year: v.optional(v.pipe(v.string(), v.maxLength(8))),
    docType: v.optional(docType),
    status: v.optional(status),
    scope: v.optional(v.picklist(['active', 'deleted', 'all'])),
    sort: v.optional(v.picklist(['updated', 'created', 'title', 'year'])),
  }),
  'drafts.create': v.object({ templateId: v.pipe(v.string(), v.minLength(1), v.maxLength(80)) }),
  'drafts.get': v.object({ id }),
  /** `base`: the updatedAt the edit started from; a save whose base is no longer the stored one is refused (409). */
  'drafts.save': v.object({ draft: draftSchema, base: v.optional(v.pipe(v.string(), v.maxLength(40))) }),
  'drafts.delete': v.object({ id }),
  'drafts.undelete': v.object({ id }),
  'drafts.setStatus': v.object({ id, status }),
  'drafts.duplicate': v.object({ id }),
  'drafts.carryForward': v.object({
    id,
    newYear: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2200))),
    doneProblems: v.optional(v.picklist(['collapse', 'drop', 'keep'])),
  }),
  'drafts.saveAsTemplate': v.object({ id, name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)) }),
  'drafts.exportFile': v.object({ id }),
  'drafts.importFile': fileBytes,
  'versions.list': v.object({ draftId: id }),
  'versions.get': v.object({ versionId: v.pipe(v.number(), v.integer()) }),
  /** A named version: 讨论稿 / 送审稿 / 定稿 also set the draft's status; any other label (手动保存…) just keeps it. */
  'versions.milestone': v.object({ draftId: id, label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)) }),
  /** After a save conflict: the clerk's own copy kept as a named version; the stored draft is not changed. */
  'versions.keep': v.object({ draft: draftSchema, label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)) }),
  'versions.restore': v.object({ versionId: v.pipe(v.number(), v.integer()) }),
  'versions.diff': v.object({
    draftId: id,
    from: v.union([v.pipe(v.number(), v.integer()), v.literal('current')]),
    to: v.union([v.pipe(v.number(), v.integer()), v.literal('current')]),
  }),
  /** 与上年文稿比较: the draft this one was started from (Draft.basedOn) against the draft as stored now. */
  'versions.diffPrevious': v.object({ draftId: id }),
  'backups.list': empty,
  'backups.create': empty,
  'backups.restore': v.object({ fileName: v.pipe(v.string(), v.regex(/^[\w.-]+$/), v.maxLength(120)) }),
} as const;

export interface DraftListItem {
  id: string;
  title: string;
  docType: Draft['docType'];
  year: string | null;
  status: '草稿' | '送审' | '定稿';
  updatedAt: string;
  deletedAt: string | null;
  /** A search hit: the snippet with the matched text between 【 and 】. */
  snippet?: string;
}

export interface VersionItem {
  id: number;
  draftId: string;
  createdAt: string;
  kind: 'auto' | 'milestone' | 'export' | 'restore';
  label: string | null;
  chars: number;
}

export interface BackupItem {
  fileName: string;
  kind: 'daily' | 'pre-migration' | 'pre-restore' | 'manual';
  createdAt: string;
  size: number;
}

/** Next year's draft (already in the library) and what carrying it over changed. */
export type CarryForwardOutput = CarryForwardResult;

export interface LibraryOutputs {
  'drafts.list': DraftListItem[];
  'drafts.create': Draft;
  'drafts.get': Draft;
  'drafts.save': { updatedAt: string };
  'drafts.delete': { ok: true };
  'drafts.undelete': { ok: true };
  'drafts.setStatus': DraftListItem;
  'drafts.duplicate': Draft;
  'drafts.carryForward': CarryForwardOutput;
  'drafts.saveAsTemplate': { id: string; name: string };
  'drafts.exportFile': FileResult;
  'drafts.importFile': { draft: Draft; migratedFrom: number | null; renumbered: boolean };
  'versions.list': VersionItem[];
  'versions.get': { version: VersionItem; draft: Draft };
  'versions.milestone': VersionItem;
  'versions.keep': VersionItem;
  'versions.restore': Draft;
  'versions.diff': DraftDiff;
  'versions.diffPrevious': { previous: { id: string; title: string; year: string | null }; diff: DraftDiff };
  'backups.list': BackupItem[];
  'backups.create': BackupItem;
  'backups.restore': { setAside: string[] };
}
