// Chinese-aware diff between two draft states: paragraphs aligned, then characters inside changed paragraphs.
export { type DiffStats, type DraftDiff, type ParagraphChange, diffDrafts, diffParagraphs, draftParagraphs } from './draft-diff';
export { type DiffOp, type TextSpan, diffText, similarity } from './text-diff';
