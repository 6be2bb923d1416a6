// App-level channels: host info, templates, the unit profile.
import * as v from 'valibot';
import type { UnitProfile } from '../../model/types';
import type { TemplateSummary } from '../../templates/engine';
import { profileSchema } from '../draft-schema';
import { empty } from './common';

export const APP_CHANNELS = {
  'app.info': empty,
  'templates.list': empty,
  'profile.get': empty,
  'profile.save': v.object({ profile: profileSchema }),
} as const;

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  dataDir: string;
  /** The last session did not close cleanly; its autosaved drafts were recovered. */
  recovered: boolean;
  /** What to tell the clerk then (已恢复上次未正常关闭时的文稿) and which drafts to offer. */
  recovery: { message: string; draftIds: string[] } | null;
  /**
   * The library could not be opened (corrupt, locked by another window, newer than this app, disk unreadable).
   * Only backups.list / backups.restore work then; the UI explains and offers the latest good backup.
   */
  libraryProblem: { kind: string; message: string } | null;
}

export interface AppOutputs {
  'app.info': AppInfo;
  /** Built-in templates, then the unit's own (ids 'user:…'). */
  'templates.list': (TemplateSummary & { user?: boolean })[];
  'profile.get': UnitProfile;
  'profile.save': UnitProfile;
}
