// What the frame (menus, host events, the profile dialog) may ask of the open draft's workspace.
import type { UnitProfile } from '../../../../core/common/model/types';
import type { ExportKind } from '../export/useExport';
import type { FormatItem, InsertItem, ViewPanel } from '../host-events/dispatch';

export interface WorkspaceControls {
  exportAs(kind: ExportKind): void;
  saveVersion(): void;
  find(mode: 'find' | 'replace'): void;
  showPanel(panel: ViewPanel): void;
  insert(item: InsertItem): void;
  format(item: Exclude<FormatItem, 'profile'>): void;
  /** Resolves once every edit is stored. */
  saveNow(): Promise<void>;
  applyProfile(p: UnitProfile): void;
  title(): string;
}
