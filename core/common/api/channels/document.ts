// Document channels: import a published notice (paste or file) into a draft, and proofread a draft.
import * as v from 'valibot';
import type { Finding } from '../../checks';
import type { ImportReport } from '../../import';
import type { Block, Draft } from '../../model/types';
import { draftSchema } from '../draft-schema';
import { fileBytes, id } from './common';

const findingKey = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

export const DOCUMENT_CHANNELS = {
  /** Pasted text of a notice (from a website or a Word file). Larger than a notice can be is refused with a message. */
  'import.text': v.object({ text: v.pipe(v.string(), v.maxLength(64 * 1024 * 1024)), name: v.optional(v.pipe(v.string(), v.maxLength(260))) }),
  /** Pasted text parsed into blocks for the editor to insert (nothing is stored). */
  'import.parseText': v.object({ text: v.pipe(v.string(), v.maxLength(64 * 1024 * 1024)) }),
  /** A notice file: .txt in any encoding clerks meet, .docx, or a saved web page. */
  'import.file': fileBytes,
  /** Proofreads the draft as it stands in the editor (saved or not); 雷同 against the draft it was based on. */
  'checks.run': v.object({ draft: draftSchema }),
  'checks.ignore': v.object({ draftId: id, findingId: findingKey }),
  'checks.unignore': v.object({ draftId: id, findingId: findingKey }),
} as const;

export interface ImportOutput {
  /** The new draft, already in the library. */
  draft: Draft;
  report: ImportReport;
  /** The report as the clerk reads it (Chinese, one item a line). */
  reportText: string;
  /** What the file was read as: utf-8, gb18030, utf-16le, docx… ('text' for a paste). */
  encoding: string;
}

export interface CheckOutput {
  findings: Finding[];
  /** How many findings the clerk ignored for this draft (not in `findings`). */
  ignored: number;
  /** Those findings, for 显示已忽略. */
  ignoredFindings: Finding[];
  /** Why a check could not run in full (last year's draft purged or unreadable: no 雷同 check), in Chinese. */
  note?: string;
}

export interface DocumentOutputs {
  'import.text': ImportOutput;
  'import.parseText': { body: Block[]; report: ImportReport };
  'import.file': ImportOutput;
  'checks.run': CheckOutput;
  'checks.ignore': { ok: true };
  'checks.unignore': { ok: true };
}
