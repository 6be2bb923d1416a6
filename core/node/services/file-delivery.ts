// Hands a produced file to the clerk through the host's FilePort: saved where they chose, or back as a download.
import type { FileResult } from '../../common/api/contract';
import type { Draft } from '../../common/model/types';
import { draftYear } from '../store/search-text';
import type { FileFilter, FilePort } from './ports';

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const;

export const FILTERS: Record<keyof typeof MIME, FileFilter> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  xlsx: { name: 'Excel 表格', extensions: ['xlsx'] },
  json: { name: '起草文稿', extensions: ['qicao.json'] },
};

/**
 * A file name a clerk recognises: the year and the title (2025年…通报.docx, so last year's and this year's exports
 * never share a name; a title that already states the year is not prefixed), without characters Windows forbids.
 */
export function suggestedFileName(draft: Pick<Draft, 'fields'>, ext: string, title = draft.fields.title ?? ''): string {
  const base = title.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim().slice(0, 80);
  const year = draftYear(draft);
  const named = base && year && !base.includes(`${year}年`) ? `${year}年${base}` : base;
  return `${named || '未命名文稿'}.${ext}`;
}

export async function deliver(files: FilePort, kind: keyof typeof MIME, fileName: string, data: Uint8Array): Promise<FileResult> {
  const outcome = await files.saveAs({ suggestedName: fileName, filters: [FILTERS[kind]], data });
  const base = { fileName, mime: MIME[kind] };
  if (outcome.kind === 'saved') return { ...base, outcome: 'saved', path: outcome.path };
  if (outcome.kind === 'cancelled') return { ...base, outcome: 'cancelled' };
  return { ...base, outcome: 'download', base64: Buffer.from(data).toString('base64') };
}
