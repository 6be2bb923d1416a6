// Ledger channels: a ledger table (Excel, Word table, CSV) previewed with its column mapping and made into a draft;
// the collection round with the 责任单位 (进展征集): fill-in workbooks out, returns reviewed and applied.
import * as v from 'valibot';
import { COLUMN_KINDS, type MergeReview, type ParsedLedgerTable, type TableMergeRow } from '../../ledger-table';
import type { Draft } from '../../model/types';
import { draftSchema } from '../draft-schema';
import type { FileResult } from './common';
import { fileBytes } from './common';

const parseOptions = {
  file: fileBytes,
  sheet: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
  headerRow: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(100_000))),
  mapping: v.optional(v.pipe(v.array(v.picklist(COLUMN_KINDS)), v.maxLength(500))),
};
const returnedFiles = v.pipe(v.array(fileBytes), v.minLength(1), v.maxLength(200));

export const LEDGER_CHANNELS = {
  /** Reads a ledger table and shows what would be imported; nothing is saved. */
  'ledger.preview': v.object(parseOptions),
  /** A new draft from a template with the table's problems in section 二 (counts bound, 三 generated). */
  'ledger.createDraft': v.object({ ...parseOptions, templateId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  /** How the table would merge into the draft's ledger: each row added, changed, unchanged or missing. */
  'ledger.diffTable': v.object({ ...parseOptions, draft: draftSchema }),
  /** Applies the chosen rows of that comparison and saves the draft (a version is kept first). */
  'ledger.applyTable': v.object({ ...parseOptions, draft: draftSchema, accepted: v.pipe(v.array(v.pipe(v.string(), v.maxLength(600))), v.maxLength(100_000)) }),
  /** Starts the next collection round: one fill-in workbook per 责任单位 (and a Word form if asked); the draft records the round. */
  'ledger.collect': v.object({ draft: draftSchema, word: v.optional(v.boolean()) }),
  /** What the returned files would change, with every conflict; nothing is saved. */
  'ledger.reviewReturns': v.object({ draft: draftSchema, files: returnedFiles }),
  /** Applies the accepted updates (keys from the review) and saves the draft. */
  'ledger.applyReturns': v.object({ draft: draftSchema, files: returnedFiles, accepted: v.pipe(v.array(v.pipe(v.string(), v.maxLength(600))), v.maxLength(100_000)) }),
} as const;

export interface CollectOutput {
  draft: Draft;
  round: number;
  units: number;
  files: (FileResult & { unit: string; problems: number })[];
}

export interface LedgerOutputs {
  'ledger.preview': ParsedLedgerTable;
  'ledger.createDraft': { draft: Draft; table: ParsedLedgerTable };
  'ledger.diffTable': { table: ParsedLedgerTable; rows: TableMergeRow[] };
  'ledger.applyTable': { draft: Draft; applied: number };
  'ledger.collect': CollectOutput;
  'ledger.reviewReturns': MergeReview;
  'ledger.applyReturns': { draft: Draft; applied: number };
}
