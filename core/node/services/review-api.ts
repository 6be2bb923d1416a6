// 导入修改稿 on the library: the base is the export version the file names (or the version with its fingerprint);
// opening changes nothing; accepting saves the draft and keeps a 签发稿/修改稿 version naming the file and its hash.
import type { ReviewOutputs } from '../../common/api/channels/review';
import { type Api, ApiError } from '../../common/api/contract';
import { draftFingerprint } from '../../common/docx/anchor-names';
import type { Draft } from '../../common/model/types';
import { type EditedDocx, ReviewError, applyReview, fileOrigin, readEditedDocx, reviewDocx } from '../../common/review';
import type { Library } from '../library';
import { acceptedLabel, sha256 } from '../review';

type ReviewApi = Pick<Api, keyof ReviewOutputs>;

interface Open {
  draftId: string;
  base: Draft;
  doc: EditedDocx;
  name: string;
  sha256: string;
  byText: boolean;
}

/** The draft as exported: the named version, else a version with the file's fingerprint, else the draft now. */
function exportedBase(lib: Library, draftId: string, doc: EditedDocx): Draft {
  const origin = fileOrigin(doc);
  const current = lib.drafts.get(draftId);
  if (origin.draftId !== draftId) return current;
  if (origin.versionId !== null) {
    try {
      const v = lib.versions.get(origin.versionId);
      if (v.version.draftId === draftId) return v.draft;
    } catch {
      // The version was removed with a restored backup: fall back to the fingerprint.
    }
  }
  if (origin.contentHash) {
    if (draftFingerprint(current) === origin.contentHash) return current;
    for (const v of lib.versions.list(draftId).filter((x) => x.kind === 'export' || x.kind === 'milestone')) {
      const d = lib.versions.get(v.id).draft;
      if (draftFingerprint(d) === origin.contentHash) return d;
    }
  }
  return current;
}

export function reviewApi(lib: Library, now: () => string): ReviewApi {
  const open = new Map<string, Open>();
  let next = 1;
  const asApiError = (e: unknown): never => {
    if (e instanceof ReviewError) throw new ApiError(`review-${e.code}`, e.message);
    throw e;
  };
  return {
    'review.open': async ({ draftId, file, byText }) => {
      const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
      try {
        const doc = await readEditedDocx(bytes, file.name);
        const origin = fileOrigin(doc);
        if (!byText && origin.draftId && origin.draftId !== draftId) {
          // Name the draft it belongs to as the library knows it, when it is there.
          let title = origin.title;
          try {
            title = lib.drafts.get(origin.draftId).fields.title || title;
          } catch {
            /* not in this library */
          }
          throw new ReviewError('other-draft', `“${file.name}”是从另一篇文稿导出的：《${title || '未命名'}》。请在文稿库中打开那篇文稿再导入修改稿，或选择“按文字比较”。`);
        }
        const base = exportedBase(lib, draftId, doc);
        const review = reviewDocx(base, doc, file.name, { byText: !!byText });
        const reviewId = `r${next++}`;
        open.clear(); // one review at a time: the file's bytes are not kept longer than needed
        open.set(reviewId, { draftId, base, doc, name: file.name, sha256: sha256(bytes), byText: !!byText });
        return { reviewId, review, sha256: sha256(bytes) };
      } catch (e) {
        return asApiError(e);
      }
    },
    'review.accept': async ({ reviewId, accept, ledger, label }) => {
      const o = open.get(reviewId);
      if (!o) throw new ApiError('review-expired', '这份修改稿的对照已关闭，请重新导入修改稿。');
      const current = lib.drafts.get(o.draftId);
      const r = applyReview(current, o.base, o.doc, o.name, { accept, ...(ledger ? { ledger } : {}) }, { byText: o.byText });
      const saved = { ...r.draft, updatedAt: now() };
      lib.drafts.save(saved);
      const version = lib.versions.createMilestone(o.draftId, acceptedLabel(label, { name: o.name, sha256: o.sha256 }));
      open.delete(reviewId);
      return { draft: lib.drafts.get(o.draftId), version, applied: r.applied.length, notes: r.notes };
    },
  };
}
