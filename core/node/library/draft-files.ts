// 导出/导入文稿文件 (.qicao.json) between the library and a file a clerk can hand to a colleague.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { newId } from '../../common/model/ids';
import { type Draft, SCHEMA_VERSION } from '../../common/model/types';
import { DraftFileError, parseDraftFile, writeDraftFile } from '../draft-file';
import { FileWriteError } from '../fs/atomic-write';
import { LibraryError, translateError } from '../store/errors';
import type { Store } from '../store/store';
import type { DraftLibrary } from './drafts';
import type { DraftSummary, VersionSummary } from './types';
import type { Versions } from './versions';

export interface ImportResult {
  draft: Draft;
  summary: DraftSummary;
  /** The file's schemaVersion when it was older and migrated; null when current. */
  migratedFrom: number | null;
  /** The file's draft id was already in the library, so the import got a new one. */
  renumbered: boolean;
}

export class DraftFiles {
  constructor(private readonly store: Store, private readonly drafts: DraftLibrary, private readonly versions: Versions) {}

  /** Writes the draft as last saved; the exported state is kept as an 'export' version. */
  export(draftId: string, path: string): VersionSummary {
    const draft = this.drafts.get(draftId);
    try {
      writeDraftFile(path, draft);
    } catch (e) {
      if (e instanceof FileWriteError) throw new LibraryError(kindOf(e.code), e.message, { cause: e });
      throw translateError(e, '导出文稿文件');
    }
    return this.versions.recordExport(draftId, `导出 ${basename(path)}`);
  }

  /** Reads a draft file (older formats migrated, newer refused) and adds it to the library as a new draft. */
  /** `name`: what the clerk calls the file, when `path` is a host's temp copy (messages never show that path). */
  import(path: string, name = basename(path)): ImportResult {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new LibraryError(code === 'ENOENT' ? 'not-found' : kindOf(code), code === 'ENOENT' ? `找不到文件“${name}”。` : `无法读取“${name}”（${code}）。`, { cause: e });
    }
    let draft: Draft;
    try {
      draft = parseDraftFile(text, name);
    } catch (e) {
      if (e instanceof DraftFileError) throw new LibraryError('invalid', e.message, { cause: e });
      throw e;
    }
    const found = sniffSchemaVersion(text);
    let renumbered = false;
    if (this.store.prepare('SELECT 1 FROM drafts WHERE id = ?').get(draft.id) !== undefined) {
      draft = { ...draft, id: newId('d') };
      renumbered = true;
    }
    const summary = this.drafts.create(draft);
    return { draft: this.drafts.get(draft.id), summary, migratedFrom: found < SCHEMA_VERSION ? found : null, renumbered };
  }
}

function sniffSchemaVersion(text: string): number {
  try {
    const v = (JSON.parse(text.replace(/^\uFEFF/, '')) as { schemaVersion?: unknown }).schemaVersion;
    return typeof v === 'number' ? v : 0;
  } catch {
    return SCHEMA_VERSION;
  }
}

function kindOf(code: string | undefined): LibraryError['kind'] {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'read-only';
  return 'io';
}
