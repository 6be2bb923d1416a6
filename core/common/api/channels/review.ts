// 导入修改稿 channels: open the leader's edited DOCX against a draft (nothing changes), then accept chosen changes.
import * as v from 'valibot';
import type { Draft } from '../../model/types';
import type { Review } from '../../review/types';
import { fileBytes, id } from './common';
import type { VersionItem } from './library';

const choice = v.picklist(['text', 'keep', 'ledger']);

export const REVIEW_CHANNELS = {
  /** Reads the file and lists its changes and comments; `byText` compares a file Qicao did not write, by text. */
  'review.open': v.object({ draftId: id, file: fileBytes, byText: v.optional(v.boolean()) }),
  /** Applies the accepted changes of an opened review and keeps the result as a version (签发稿/修改稿). */
  'review.accept': v.object({
    reviewId: id,
    accept: v.pipe(v.array(v.pipe(v.string(), v.maxLength(32))), v.maxLength(100_000)),
    ledger: v.optional(v.record(v.pipe(v.string(), v.maxLength(32)), choice)),
    label: v.picklist(['签发稿', '修改稿']),
  }),
} as const;

export interface ReviewOpenOutput {
  reviewId: string;
  review: Review;
  /** SHA-256 of the file, recorded with the accepted version. */
  sha256: string;
}

export interface ReviewAcceptOutput {
  draft: Draft;
  version: VersionItem;
  applied: number;
  notes: string[];
}

export interface ReviewOutputs {
  'review.open': ReviewOpenOutput;
  'review.accept': ReviewAcceptOutput;
}
