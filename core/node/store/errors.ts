// Typed library errors with messages a clerk can act on (Chinese), and the mapping from SQLite/fs error codes.

export type LibraryErrorKind =
  | 'disk-full' // SQLITE_FULL, ENOSPC
  | 'locked' // another instance holds the data directory or the database
  | 'read-only' // SQLITE_READONLY, EACCES, EPERM, EROFS
  | 'corrupt' // SQLITE_CORRUPT, SQLITE_NOTADB, failed integrity check
  | 'too-new' // database written by a newer app
  | 'not-found' // a draft, version, template or backup that does not exist
  | 'invalid' // bad input from the caller (e.g. an unknown status, a draft off the schema)
  | 'conflict' // a save based on a revision that is no longer the stored one
  | 'io'; // anything else the disk reported

/** Everything the library throws on purpose is a LibraryError; `kind` is stable for the UI and the IPC layer. */
export class LibraryError extends Error {
  constructor(readonly kind: LibraryErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LibraryError';
  }
}

/** What a backup looks like to the clerk choosing one to restore. */
export interface BackupInfo {
  fileName: string;
  path: string;
  kind: BackupKind;
  /** ISO time the backup was taken (from the file name, so it survives copying). */
  createdAt: string;
  size: number;
}
export type BackupKind = 'daily' | 'pre-migration' | 'pre-restore' | 'manual';

/** The database file is damaged; it has not been touched. The UI offers `backups` to restore from. */
export class CorruptLibraryError extends LibraryError {
  constructor(readonly dbPath: string, readonly backups: BackupInfo[], readonly detail: string, options?: { cause?: unknown }) {
    super(
      'corrupt',
      backups.length > 0
        ? `资料库文件已损坏，无法打开（${detail}）。原文件不会被改动，可以从 ${backups.length} 个备份中选择一个恢复。`
        : `资料库文件已损坏，无法打开（${detail}）。原文件不会被改动；目前没有可用的备份，请联系技术人员。`,
      options,
    );
    this.name = 'CorruptLibraryError';
  }
}

export class TooNewLibraryError extends LibraryError {
  constructor(readonly found: number, readonly supported: number) {
    super(
      'too-new',
      `该资料库由更新版本的起草创建（资料库版本 ${found}，本程序支持到 ${supported}），为避免损坏数据，本程序不会打开它。请升级起草后再使用。`,
    );
    this.name = 'TooNewLibraryError';
  }
}

export const LOCKED_MESSAGE = '另一个起草窗口正在使用该资料库，请切换到那个窗口继续工作，或先关闭它再打开。';

const codeOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;

export function isCorruptionCode(code: string | undefined): boolean {
  return !!code && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/**
 * Turns a SQLite or fs error into a LibraryError. `corrupt` builds the corruption error, because only the caller
 * knows the backups; `action` says what was being done ("保存文稿").
 */
export function translateError(e: unknown, action: string, corrupt?: (detail: string, cause: unknown) => LibraryError): LibraryError {
  if (e instanceof LibraryError) return e;
  const code = codeOf(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (isCorruptionCode(code)) {
    return corrupt?.(detail, e) ?? new LibraryError('corrupt', `${action}失败：资料库文件已损坏（${detail}）。`, { cause: e });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new LibraryError('disk-full', `磁盘空间已满，${action}失败。请清理磁盘空间后重试；正在编辑的内容仍保留在窗口中，不要关闭。`, { cause: e });
  }
  if (code?.startsWith('SQLITE_BUSY') || code?.startsWith('SQLITE_LOCKED')) {
    return new LibraryError('locked', LOCKED_MESSAGE, { cause: e });
  }
  if (code?.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new LibraryError('read-only', `资料库所在文件夹是只读的或没有写入权限，${action}失败。请检查文件夹权限，或在设置中换一个资料库位置。`, { cause: e });
  }
  if (code?.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT') {
    return new LibraryError('io', `无法打开资料库文件（${detail}）。请确认资料库文件夹存在且可以写入。`, { cause: e });
  }
  return new LibraryError('io', `${action}失败：${detail}${code ? `（${code}）` : ''}。`, { cause: e });
}
