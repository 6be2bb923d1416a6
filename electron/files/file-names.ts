// File names a clerk gets from a suggestion (a draft title): safe on Windows and Linux, with the right extension.
import type { FileFilter } from '../../core/node/services/ports';

/** Windows forbids <>:"/\|?* and control characters, and trailing dots/spaces; names over ~120 chars are unwieldy. */
export function safeFileName(name: string, fallback = '未命名'): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned);
  const out = reserved ? `_${cleaned}` : cleaned;
  return (out || fallback).slice(0, 120);
}

/** GTK save dialogs do not add the filter's extension; Word will not open a file without `.docx`. */
export function withExtension(path: string, filters: readonly FileFilter[]): string {
  const exts = filters.flatMap((f) => f.extensions).filter((e) => e !== '*');
  if (exts.length === 0) return path;
  const lower = path.toLowerCase();
  if (exts.some((e) => lower.endsWith(`.${e.toLowerCase()}`))) return path;
  return `${path}.${exts[0]}`;
}
