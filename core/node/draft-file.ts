// The `.qicao.json` exchange format: one draft, versioned by schemaVersion, readable on a colleague's machine.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DraftRejectedError, admitDraft } from '../common/api/draft-gate';
import type { Draft } from '../common/model/types';
import { writeFileAtomic } from './fs/atomic-write';

export const DRAFT_FILE_FORMAT = 'qicao-draft';

export class DraftFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DraftFileError';
  }
}

export function serializeDraft(draft: Draft): string {
  return `${JSON.stringify({ format: DRAFT_FILE_FORMAT, ...draft }, null, 2)}\n`;
}

/** Parses a draft file's text; older schemas are migrated, newer ones and anything off the schema refused. */
export function parseDraftFile(text: string, name = '文稿文件'): Draft {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DraftFileError(`“${name}”不是有效的起草文稿文件（JSON 格式损坏）。`, { cause: e });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== DRAFT_FILE_FORMAT) {
    throw new DraftFileError(`“${name}”不是起草文稿文件（.qicao.json）。`);
  }
  const { format: _format, ...doc } = raw as Record<string, unknown>;
  try {
    return admitDraft(doc);
  } catch (e) {
    if (e instanceof DraftRejectedError) throw new DraftFileError(`“${name}”：${e.message}`, { cause: e });
    throw e;
  }
}

export function readDraftFile(path: string): Draft {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DraftFileError(code === 'ENOENT' ? `找不到文件“${path}”。` : `无法读取“${basename(path)}”（${code}）。`, { cause: e });
  }
  return parseDraftFile(text, basename(path));
}

export function writeDraftFile(path: string, draft: Draft): void {
  writeFileAtomic(path, serializeDraft(draft));
}
