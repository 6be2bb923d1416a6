// Export channels: GB/T 9704 Word and PDF, the ledger, and which profile fonts this machine lacks.
import * as v from 'valibot';
import type { FileResult } from './common';
import { id } from './common';

const layout = {
  id,
  /** 版头 and 版记 (internal version); default: the draft's own option. */
  internal: v.optional(v.boolean()),
  seal: v.optional(v.boolean()),
  /** Font profile: 'windows' (仿宋/黑体/楷体/方正小标宋简体) or 'gb2312' (the traditional _GB2312 set). */
  fonts: v.optional(v.picklist(['windows', 'gb2312'])),
  /** Local practice preset: 'gbt9704' (standard), 'pitch28', 'bold3', 'margin3458'. */
  preset: v.optional(v.picklist(['gbt9704', 'pitch28', 'bold3', 'margin3458'])),
};

export const EXPORT_CHANNELS = {
  'export.docx': v.object(layout),
  'export.pdf': v.object(layout),
  'export.ledger': v.object({ id, format: v.picklist(['xlsx', 'docx']) }),
  'export.fonts': v.object({ fonts: v.optional(v.picklist(['windows', 'gb2312'])) }),
} as const;

export interface FontCheck {
  /** false when this machine cannot tell (no font index): then `missing` is empty. */
  checked: boolean;
  missing: { role: string; name: string }[];
  /** One Chinese sentence for the clerk, '' when nothing is missing. */
  message: string;
}

export interface ExportOutputs {
  'export.docx': FileResult;
  'export.pdf': FileResult;
  'export.ledger': FileResult;
  'export.fonts': FontCheck;
}
