// Ledger tables in and out: parse a neutral grid (from XLSX, CSV or a Word table), build or merge into a draft,
// and run the collection round with the 责任单位 (进展征集).
export type { CellRange, GridSheet, LedgerGrid } from './grid';
export { COLUMN_KINDS, COLUMN_LABEL, type ColumnKind, classifyHeader, detectHeader } from './columns';
export { parseDeadline, parseStatus, splitMeasures } from './cells';
export { type LedgerTableRow, type ParseOptions, type ParsedLedgerTable, parseLedgerGrid } from './parse';
export { draftFromLedger, rowsToBlocks } from './to-draft';
export { type FieldChange, type TableMergeRow, type TableRowChange, applyLedgerTable, diffLedgerTable } from './merge-table';
export {
  COLLECT_COLUMNS, COLLECT_FORMAT, type CollectMeta, type CollectRow, type CollectSheet, type MergeReview, NO_UNIT,
  type ProgressUpdate, type ReturnFileReview, type ReturnedFile, applyReturns, planCollection, reviewReturns, splitUnits,
  unitFileName,
} from './collect';
// The Word form (collect-docx.ts) is imported directly by the Node side, so the renderer never bundles the docx writer.
