// 修改稿: an edited DOCX back into its draft (issue 12). Read → review (nothing changes) → apply what is accepted.
export { type EditedDocx, ReviewError, type ReviewErrorCode, readEditedDocx, sniff } from './package';
export { type Accepted, acceptAll, applyReview, fileOrigin, reviewDocx } from './review';
export * from './types';
export { type ReviewGroup, groupReview, shortTime } from './groups';
