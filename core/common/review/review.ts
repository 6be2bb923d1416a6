// Reviewing an edited DOCX against the draft it was exported from, and applying what the clerk accepts.
import { ANCHOR_PROPERTY, draftFingerprint } from '../docx/anchor-names';
import type { Draft } from '../model/types';
import { applyFinal } from './apply';
import { buildChanges, buildComments, validDate } from './changes';
import { type EditedDocx, ReviewError } from './package';
import { type BasePart, type Piece, baseParts } from './pieces';
import type { Review, ReviewChange, ReviewDecision } from './types';
import { type Work, buildWork, resolve } from './work';

/** What the file says about its origin (custom document properties written on export). */
export function fileOrigin(doc: EditedDocx): { draftId: string | null; versionId: number | null; contentHash: string | null; title: string } {
  const p = doc.properties;
  const v = Number(p[ANCHOR_PROPERTY.versionId]);
  return {
    draftId: p[ANCHOR_PROPERTY.draftId] ?? null,
    versionId: Number.isInteger(v) && v > 0 ? v : null,
    contentHash: p[ANCHOR_PROPERTY.contentHash] ?? null,
    title: p[ANCHOR_PROPERTY.title] ?? '',
  };
}

export interface ReviewOptions {
  /** Compare by text even when the file names another draft or none (the clerk chose the draft). */
  byText?: boolean;
}

interface Analysis {
  review: Review;
  work: Work;
  base: BasePart[];
}

function analyse(base: Draft, doc: EditedDocx, fileName: string, opts: ReviewOptions): Analysis {
  const origin = fileOrigin(doc);
  if (!opts.byText) {
    if (!origin.draftId) {
      throw new ReviewError('foreign', `“${fileName}”不是起草导出的文件（没有起草的标记），无法逐处对照。可以把它“导入为新文稿”，或选择一篇文稿“按文字比较”。`);
    }
    if (origin.draftId !== base.id) {
      throw new ReviewError('other-draft', `“${fileName}”是从另一篇文稿导出的：《${origin.title || '未命名'}》。请打开那篇文稿再导入修改稿，或选择“按文字比较”。`,
        { draftId: origin.draftId, title: origin.title });
    }
  }
  const parts = baseParts(base);
  const sameBase = origin.draftId === base.id;
  const work = buildWork(sameBase || opts.byText ? doc.paragraphs : doc.paragraphs.map((p) => ({ ...p, bookmarks: [] })), parts);
  const changes = buildChanges(work, parts).map((c) => ({ ...c, date: validDate(c.date) }));
  const comments = buildComments(work, doc.comments, parts);
  const baseMatches = !!origin.contentHash && origin.contentHash === draftFingerprint(base);
  const notes: string[] = [];
  if (work.mode === 'alignment') notes.push('文件中没有起草的段落标记（可能经过复制粘贴或 WPS 另存为），已按文字相似度逐段对照；请逐条核对改动的位置。');
  if (!baseMatches && origin.contentHash) notes.push('文稿在导出这份文件之后又有改动；以下按当时导出的文字对照，接受后修改稿的文字会覆盖这些段落。');
  if (!changes.length && !comments.length) notes.push('修改稿与导出的文稿一致，没有改动。');
  const review: Review = {
    fileName,
    mode: work.mode,
    draftId: origin.draftId,
    draftTitle: origin.title,
    versionId: origin.versionId,
    baseMatches,
    parts: parts.map((p) => ({ text: p.text, place: p.place, unitLabel: p.unit.kind })),
    changes,
    comments,
    notes,
    counts: {
      tracked: changes.filter((c) => c.tracked && c.kind !== 'format').length,
      untracked: changes.filter((c) => !c.tracked).length,
      format: changes.filter((c) => c.kind === 'format').length,
      comments: comments.length,
      ledger: changes.filter((c) => c.ledger).length,
    },
  };
  return { review, work, base: parts };
}

/** The change list: nothing is changed. `base` is the draft as exported (the version the file names). */
export function reviewDocx(base: Draft, doc: EditedDocx, fileName: string, opts: ReviewOptions = {}): Review {
  return analyse(base, doc, fileName, opts).review;
}

/** Every applicable change accepted, flagged ones with their default choice. */
export function acceptAll(review: Review): ReviewDecision {
  return { accept: review.changes.filter((c) => c.applicable).map((c) => c.id) };
}

export interface Accepted {
  draft: Draft;
  review: Review;
  applied: ReviewChange[];
  notes: string[];
}

/**
 * Applies the accepted changes to `current` (the draft now; `base` is the exported one). Rejected changes leave the
 * exported text; the result is a new draft object, the inputs are not touched.
 */
export function applyReview(current: Draft, base: Draft, doc: EditedDocx, fileName: string, decision: ReviewDecision, opts: ReviewOptions = {}): Accepted {
  const { review, work, base: parts } = analyse(base, doc, fileName, opts);
  const accepted = new Set(decision.accept);
  const applied = review.changes.filter((c) => accepted.has(c.id) && c.applicable);
  const revs = new Set(applied.flatMap((c) => c.revs));
  const final = resolve(work, revs);
  const choiceAt = (part: number, piece: Piece) => {
    const flagged = applied.find((c) => c.part === part && c.ledger && (piece.kind === 'status' ? c.ledger.kind === 'status' : c.ledger.kind === 'count'));
    return (flagged && decision.ledger?.[flagged.id]) ?? flagged?.ledger?.defaultChoice ?? (piece.kind === 'status' ? 'ledger' : 'text');
  };
  const out = applyFinal(current, parts, final, choiceAt);
  return { draft: out.draft, review, applied, notes: out.notes };
}
