// An open draft: the state that ties its parts together — toolbar, the page (DocumentPage), the side panel
// (字段/台账/大纲/校对/版本), the status bar, autosave and save conflicts, export, and the controls the frame's menus
// call (useWorkspaceControls).
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import type { LexicalEditor } from 'lexical';
import { type MutableRefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import { api } from '../../api';
import { lazyComponent } from '../../components/lazy';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import { initialConfig } from '../../editor/initial-config';
import { FindReplacePlugin } from '../../editor/plugins/FindReplace';
import { useChecks } from '../checks/useChecks';
import { ExportMenu } from '../export/ExportMenu';
import { useExport } from '../export/useExport';
import { useDirtyReport } from '../host-events/useDirtyReport';
import { ImportRevisedButton } from '../review/ImportRevisedButton';
import type { WorkspaceControls } from './controls';
import { DocumentPage } from './DocumentPage';
import { EditorToolbar, type ViewMode } from './EditorToolbar';
import { pasteNoticeParser } from './paste-notice';
import { DraftSession } from '../../editor/session';
import { useAutosave } from './useAutosave';
import { useRegenerateFurther } from './useRegenerateFurther';
import { useWorkspaceControls } from './useWorkspaceControls';
import { useSaveConflict } from './useSaveConflict';
import { useFitZoom } from './useFitZoom';
import { type Tab, WorkspacePanels } from './WorkspacePanels';
import { WorkspaceStatusBar } from './WorkspaceStatusBar';

// The export dialog is loaded when first opened (components/lazy.tsx).
const ExportDialog = lazyComponent(() => import('../export/ExportDialog').then((m) => m.ExportDialog));

export interface DraftWorkspaceProps {
  draft: Draft;
  /** Set when the draft was restored from an unsaved local copy: save it at once. */
  restored?: boolean;
  /** The restored copy's saves sent without an answer: if one lands meanwhile, it is this tab's own, not a conflict. */
  sent?: readonly string[];
  host: string;
  /** A line to show when the workspace opens (e.g. what carry-forward did). */
  initialNotice?: string | null;
  controls: MutableRefObject<WorkspaceControls | null>;
  /** Called after a save that changed what the library list shows (the title). */
  onSaved: () => void;
  /** The open draft was replaced (a version restored, a 修改稿 accepted, the other edit reloaded after a save conflict). */
  onReplaced: (d: Draft, notice?: string) => void;
  confirm: (r: ConfirmRequest) => Promise<boolean>;
  onError: (message: string) => void;
}

export function DraftWorkspace({ draft, restored, sent, host, initialNotice, controls, onSaved, onReplaced, confirm, onError }: DraftWorkspaceProps) {
  const session = useMemo(() => new DraftSession(draft), [draft]);
  const parseNotice = useMemo(() => pasteNoticeParser(session), [session]);
  const editorRef = useRef<LexicalEditor | null>(null);
  const [model, setModel] = useState(draft);
  const [fieldsVersion, setFieldsVersion] = useState(0);
  const [view, setView] = useState<ViewMode>('page');
  const [zoom, setZoom] = useState(0);
  const area = useRef<HTMLElement | null>(null);
  const fit = useFitZoom(area, view === 'page');
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const [tab, setTab] = useState<Tab>('fields');
  const [focusField, setFocusField] = useState<FieldKey | null>(null);
  const [notice, setNotice] = useState<string | null>(initialNotice ?? null);
  const [exporting, setExporting] = useState(false);
  const [versionsRefresh, setVersionsRefresh] = useState(0);
  const saveConflict = useSaveConflict({ onReplaced, onError });
  const autosave = useAutosave(session, { onConflict: saveConflict.onConflict, sent });
  const { markDirty, flush, saveNow } = autosave;
  const snapshot = useCallback(() => session.snapshot(), [session]);
  const checks = useChecks(model, snapshot);

  useEffect(() => session.subscribe(() => {
    setModel(session.current);
    setFieldsVersion(session.fieldsVersion);
    markDirty();
  }), [session, markDirty]);

  useEffect(() => {
    if (restored) {
      setNotice('已恢复上次未正常关闭时未保存的文字（本机保留的副本），正在保存。');
      void flush();
    }
  }, [restored, flush]);

  // The library shows the title and the year (from 成文日期 or 年度): refresh it once a change to them is stored.
  const listed = (d: Draft): string => [d.fields.title, d.fields.docDate, d.fields.year].map((v) => v ?? '').join('\u0000');
  const listedKey = useRef(listed(draft));
  useEffect(() => {
    if (autosave.state.kind !== 'saved') return;
    const k = listed(session.current);
    if (k !== listedKey.current) {
      listedKey.current = k;
      onSaved();
    }
  }, [autosave.state.kind, session, onSaved]);

  useDirtyReport(autosave.state.kind !== 'saved' || exporting, model.fields.title ?? '');

  const exp = useExport({
    draftId: draft.id,
    saveNow,
    snapshot,
    onNotice: setNotice,
    onError,
    onBusy: (b) => {
      setExporting(b);
      if (!b) setVersionsRefresh((n) => n + 1);
    },
  });

  const onSettled = useCallback(() => setModel(session.snapshot()), [session]);
  const onFocusField = useCallback((key: FieldKey) => {
    setTab('fields');
    setFocusField(null);
    requestAnimationFrame(() => {
      if (key === 'title') document.querySelector<HTMLTextAreaElement>('.doc-title')?.focus();
      else setFocusField(key);
    });
  }, []);
  const setField = useCallback((k: FieldKey, v: string) => session.setField(k, v), [session]);

  const saveVersion = useCallback(() => {
    saveNow()
      .then(() => api['versions.milestone']({ draftId: draft.id, label: '手动保存' }))
      .then(() => {
        setTab('versions');
        setVersionsRefresh((n) => n + 1);
        setNotice('已保存为一个版本（手动保存）。也可以在“版本”中标记为讨论稿、送审稿或定稿。');
      }, (e: unknown) => onError((e as Error).message));
  }, [saveNow, onError, draft.id]);

  useWorkspaceControls({
    controls, editorRef, session, exportAs: exp.request, saveVersion, saveNow, setFind, setTab, runChecks: () => void checks.run(),
  });

  const onRegenerate = useRegenerateFurther(editorRef, session, confirm, setNotice);

  return (
    <LexicalComposer initialConfig={initialConfig(draft, (e) => onError(`编辑器出错：${e.message}`))}>
      <EditorRefPlugin editorRef={(e) => {
        session.editor = e;
        editorRef.current = e;
      }} />
      <div className="workspace">
        <EditorToolbar view={view} zoom={zoom} onView={setView} onZoom={setZoom} onFind={setFind} onSave={saveVersion} confirm={confirm}>
          <ExportMenu onExport={exp.request} />
          <ImportRevisedButton draftId={model.id} flush={flush} onAccepted={onReplaced} onError={onError} />
        </EditorToolbar>
        {notice && (
          <div className="notice-banner" role="alert">
            <span>{notice}</span>
            <button type="button" aria-label="关闭提示" onClick={() => setNotice(null)}>×</button>
          </div>
        )}
        <div className="workspace-main">
          <section className="editor-area" aria-label="文稿" ref={area}>
            {find && <FindReplacePlugin mode={find} onClose={() => setFind(null)} />}
            <div className={`view view-${view}`} style={{ zoom: zoom || fit }}>
              <DocumentPage
                model={model}
                session={session}
                fieldsVersion={fieldsVersion}
                pageView={view === 'page'}
                onDirty={markDirty}
                onSettled={onSettled}
                onNotice={setNotice}
                onFocusField={onFocusField}
                onSetField={setField}
                parseNotice={parseNotice}
              />
            </div>
          </section>
          <WorkspacePanels
            tab={tab}
            onTab={setTab}
            model={model}
            focusField={focusField}
            onSetField={setField}
            onFocusField={onFocusField}
            checks={checks}
            versionsRefresh={versionsRefresh}
            saveNow={saveNow}
            onRegenerateFurther={() => void onRegenerate()}
            onMarked={(label, status) => {
              setNotice(`已保存为${label}。${status ? `文稿库中的状态已改为“${status}”。` : ''}`);
              onSaved();
            }}
            onReplaced={onReplaced}
            confirm={confirm}
            onNotice={setNotice}
            onError={onError}
          />
        </div>
        <WorkspaceStatusBar draft={model} save={autosave.state} host={host} />
      </div>
      {exp.dialog && (
        <ExportDialog
          doc={exp.dialog.doc}
          initial={exp.dialog.initial}
          step={exp.dialog.step}
          onExport={exp.confirm}
          onShowChecks={() => {
            exp.close();
            setTab('checks');
          }}
          onClose={exp.close}
        />
      )}
      {saveConflict.dialog}
    </LexicalComposer>
  );
}
