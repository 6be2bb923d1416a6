// The local library (资料库): createLibrary({ dataDir, clock }) opens the SQLite store and wires the services.
// This is the surface the API layer calls; every method throws LibraryError (kind + Chinese message) on failure.
import type { BackupInfo } from '../store/errors';
import { Store, type SessionInfo, type StoreOptions } from '../store/store';
import { Backups } from './backups';
import { CarryForward } from './carry-forward';
import { DraftFiles } from './draft-files';
import { DraftLibrary } from './drafts';
import { IgnoredFindings } from './findings';
import { Settings, UnitProfiles } from './profile';
import { Search } from './search';
import { UserTemplates } from './templates';
import type { DraftSummary } from './types';
import { DEFAULT_VERSION_POLICY, type VersionPolicy, Versions } from './versions';

export interface LibraryOptions extends Omit<StoreOptions, 'clock'> {
  /** The clock port; defaults to the system clock. */
  clock?: () => Date;
  versionPolicy?: Partial<VersionPolicy>;
}

export interface RecoveryInfo {
  /** For the banner: 已恢复上次未正常关闭时的文稿. */
  message: string;
  /** Drafts saved during the session that did not close cleanly, newest first. */
  drafts: DraftSummary[];
}

export const RECOVERY_MESSAGE = '已恢复上次未正常关闭时的文稿';

export class Library {
  readonly drafts: DraftLibrary;
  readonly versions: Versions;
  readonly search: Search;
  readonly carryForward: CarryForward;
  readonly templates: UserTemplates;
  readonly profile: UnitProfiles;
  readonly settings: Settings;
  readonly findings: IgnoredFindings;
  readonly files: DraftFiles;
  readonly backups: Backups;

  constructor(readonly store: Store, policy: VersionPolicy) {
    this.versions = new Versions(store, policy);
    this.drafts = new DraftLibrary(store, this.versions);
    this.search = new Search(store);
    this.carryForward = new CarryForward(store, this.drafts, () => this.profile.get());
    this.templates = new UserTemplates(store, this.drafts);
    this.profile = new UnitProfiles(store);
    this.settings = new Settings(store);
    this.findings = new IgnoredFindings(store);
    this.files = new DraftFiles(store, this.drafts, this.versions);
    this.backups = new Backups(store);
  }

  get session(): SessionInfo {
    return this.store.session;
  }

  /** Non-null when the previous session ended without close(): what to tell the clerk and which drafts to offer. */
  recovery(): RecoveryInfo | null {
    const s = this.store.session;
    if (s.previousCleanShutdown) return null;
    const since = s.previousStartedAt ?? '';
    return { message: RECOVERY_MESSAGE, drafts: this.drafts.list({ scope: 'all' }).filter((d) => d.updatedAt >= since) };
  }

  /** Call at app quit: marks a clean shutdown, checkpoints the WAL and releases the directory lock. */
  close(): void {
    this.store.close();
  }
}

export async function createLibrary(opts: LibraryOptions): Promise<Library> {
  const store = await Store.open({ ...opts, clock: opts.clock ?? (() => new Date()) });
  const library = new Library(store, { ...DEFAULT_VERSION_POLICY, ...opts.versionPolicy });
  try {
    library.versions.thin();
  } catch {
    // Housekeeping only; a failure here must not keep the clerk from the drafts.
  }
  return library;
}

export { listLibraryBackups, restoreLibraryBackup } from './backups';
export type { CarryForwardResult } from '../../common/carry-forward';
export type { DraftDiff } from '../../common/diff';
export type { BackupInfo };
export { CorruptLibraryError, LibraryError, TooNewLibraryError, type LibraryErrorKind } from '../store/errors';
export type { SessionInfo } from '../store/store';
export type { ImportResult } from './draft-files';
export type { SearchHit, SearchQuery } from './search';
export type { MarkRange, Snippet } from './snippets';
export type { UserTemplateSummary } from './templates';
export * from './types';
