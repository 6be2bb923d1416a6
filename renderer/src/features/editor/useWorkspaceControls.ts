// What the frame's menus and shortcuts call on the open draft (WorkspaceControls): export, save a version, find,
// insert, format, apply the unit profile. Registered while the workspace is mounted.
import { INSERT_PARAGRAPH_COMMAND, type LexicalEditor } from 'lexical';
import { type MutableRefObject, useEffect } from 'react';
import type { FieldKey, UnitProfile } from '../../../../core/common/model/types';
import { INSERT_ASPECT_COMMAND, INSERT_MEASURE_COMMAND, INSERT_PROBLEM_COMMAND } from '../../editor/commands/editor-commands';
import { $insertItem } from '../../editor/commands/insert-item';
import type { DraftSession } from '../../editor/session';
import type { WorkspaceControls } from './controls';
import type { Tab } from './WorkspacePanels';
import { useWorkspaceKeys } from './useWorkspaceKeys';

export interface ControlDeps {
  controls: MutableRefObject<WorkspaceControls | null>;
  editorRef: MutableRefObject<LexicalEditor | null>;
  session: DraftSession;
  exportAs: WorkspaceControls['exportAs'];
  saveVersion: () => void;
  saveNow: WorkspaceControls['saveNow'];
  setFind: WorkspaceControls['find'];
  setTab: (t: Tab) => void;
  runChecks: () => void;
}

export function useWorkspaceControls(d: ControlDeps): void {
  const c: WorkspaceControls = {
    exportAs: d.exportAs,
    saveVersion: d.saveVersion,
    find: d.setFind,
    showPanel: (p) => d.setTab(p),
    insert: (item) => {
      const editor = d.editorRef.current;
      if (!editor) return;
      if (item === 'aspect') editor.dispatchCommand(INSERT_ASPECT_COMMAND, undefined);
      else if (item === 'problem') editor.dispatchCommand(INSERT_PROBLEM_COMMAND, undefined);
      else if (item === 'measure') editor.dispatchCommand(INSERT_MEASURE_COMMAND, undefined);
      else if (item === 'paragraph') editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
      else editor.update(() => void $insertItem(item, d.session.current));
      editor.focus();
    },
    format: (item) => {
      if (item === 'normalize-punctuation') {
        d.setTab('checks');
        d.runChecks();
      } else d.exportAs('docx');
    },
    saveNow: d.saveNow,
    applyProfile: (p: UnitProfile) => {
      for (const [k, v] of Object.entries(p)) d.session.setField(`profile.${k}` as FieldKey, v);
    },
    title: () => d.session.current.fields.title ?? '',
  };
  d.controls.current = c;
  useEffect(() => () => {
    if (d.controls.current === c) d.controls.current = null;
  });
  useWorkspaceKeys(c);
}
