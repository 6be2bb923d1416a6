// Library channels on the SQLite library: drafts, versions, carry-forward, draft files, backups.
import type { LibraryOutputs } from '../../common/api/channels/library';
import { type Api, ApiError } from '../../common/api/contract';
import { diffDrafts } from '../../common/diff';
import { instantiateTemplate } from '../../common/templates/engine';
import type { Template } from '../../common/templates/schema';
import { serializeDraft } from '../draft-file';
import type { Library } from '../library';
import { USER_TEMPLATE_PREFIX } from '../library/templates';
import { draftTitle, draftYear } from '../store/search-text';
import { deliver, suggestedFileName } from './file-delivery';
import { toListItem } from './list-items';
import type { FilePort } from './ports';
import { readPreviousDraft } from './previous-draft';
import { withUploadedFile } from './uploads';

type LibraryApi = Pick<Api, keyof LibraryOutputs>;

export function libraryApi(lib: Library, templates: Template[], files: FilePort, now: () => string): LibraryApi {
  return {
    'drafts.list': async ({ query, year, docType, status, scope, sort }) => {
      if (query?.trim()) {
        return lib.search.query({ text: query, year, docType, status, scope }).map((h) => toListItem(h.draft, h.snippets[0]));
      }
      return lib.drafts.list({ year, docType, status, scope, sort }).map((d) => toListItem(d));
    },
    'drafts.create': async ({ templateId }) => {
      if (templateId.startsWith(USER_TEMPLATE_PREFIX)) {
        const draft = lib.templates.instantiate(templateId.slice(USER_TEMPLATE_PREFIX.length));
        return lib.drafts.get(draft.id);
      }
      const t = templates.find((x) => x.id === templateId);
      if (!t) throw new ApiError('not-found', `没有名为“${templateId}”的模板。`);
      const draft = instantiateTemplate(t, { profile: lib.profile.get(), now: now() });
      lib.drafts.create(draft);
      return lib.drafts.get(draft.id);
    },
    'drafts.get': async ({ id }) => lib.drafts.get(id),
    'drafts.save': async ({ draft, base }) => ({ updatedAt: lib.drafts.save(draft, { base }).updatedAt }),
    'drafts.delete': async ({ id }) => {
      lib.drafts.delete(id);
      return { ok: true };
    },
    'drafts.undelete': async ({ id }) => {
      lib.drafts.undelete(id);
      return { ok: true };
    },
    'drafts.setStatus': async ({ id, status }) => toListItem(lib.drafts.setStatus(id, status)),
    'drafts.duplicate': async ({ id }) => lib.drafts.get(lib.drafts.duplicate(id).id),
    'drafts.carryForward': async ({ id, newYear, doneProblems }) => {
      const { summary: _summary, ...result } = lib.carryForward.startFromPreviousYear(id, { newYear, doneProblems });
      // As stored (its updatedAt is the revision the editor's first save is based on).
      return { ...result, draft: lib.drafts.get(result.draft.id) };
    },
    'drafts.saveAsTemplate': async ({ id, name }) => {
      const { template } = lib.templates.saveFromDraft(id, name);
      return { id: USER_TEMPLATE_PREFIX + template.id, name: template.name };
    },
    'drafts.exportFile': async ({ id }) => {
      const draft = lib.drafts.get(id);
      const result = await deliver(files, 'json', suggestedFileName(draft, 'qicao.json'), Buffer.from(serializeDraft(draft)));
      if (result.outcome !== 'cancelled') lib.versions.recordExport(id, `导出 ${result.fileName}`);
      return result;
    },
    'drafts.importFile': async ({ name, base64 }) => {
      // One code path for files from a dialog and bytes from a page: the library reads a path.
      const r = await withUploadedFile(name, base64, (path) => lib.files.import(path, name));
      return { draft: r.draft, migratedFrom: r.migratedFrom, renumbered: r.renumbered };
    },
    'versions.list': async ({ draftId }) => lib.versions.list(draftId),
    'versions.get': async ({ versionId }) => lib.versions.get(versionId),
    'versions.milestone': async ({ draftId, label }) =>
      lib.versions.createMilestone(draftId, label, { status: label === '定稿' ? '定稿' : label === '送审稿' ? '送审' : undefined }),
    'versions.keep': async ({ draft, label }) => lib.versions.keepCopy(draft, label),
    'versions.restore': async ({ versionId }) => lib.versions.restore(versionId),
    'versions.diff': async ({ draftId, from, to }) => lib.versions.diff(draftId, from, to),
    'versions.diffPrevious': async ({ draftId }) => {
      const current = lib.drafts.get(draftId);
      const previous = readPreviousDraft(lib, current);
      if (previous.kind === 'none') throw new ApiError('no-previous', '这篇文稿不是以往年文稿为基础新建的，没有可比较的上年文稿。');
      if (previous.kind !== 'found') throw new ApiError(previous.kind === 'purged' ? 'not-found' : 'io', previous.message);
      const p = previous.draft;
      return { previous: { id: p.id, title: draftTitle(p), year: draftYear(p) }, diff: diffDrafts(p, current) };
    },
    'backups.list': async () => lib.backups.list().map(({ fileName, kind, createdAt, size }) => ({ fileName, kind, createdAt, size })),
    'backups.create': async () => {
      const { fileName, kind, createdAt, size } = await lib.backups.create();
      return { fileName, kind, createdAt, size };
    },
    'backups.restore': async ({ fileName }) => lib.backups.restore(fileName),
  };
}
