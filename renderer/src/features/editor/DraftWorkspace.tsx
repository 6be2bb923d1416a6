// An open draft: toolbar, the page with the structured editor, the side panel (字段/台账/大纲/校对/版本) and the
// status bar; the export flow and the controls the frame's menus call.
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { INSERT_PARAGRAPH_COMMAND, type LexicalEditor } from 'lexical';
import { type MutableRefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fieldText } from '../../../../core/common/model/fields';
import type { Draft, FieldKey, UnitProfile } from '../../../../core/common/model/types';
import { api } from '../../api';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import { INSERT_ASPECT_COMMAND, INSERT_MEASURE_COMMAND, INSERT_PROBLEM_COMMAND } from '../../editor/commands/editor-commands';
import { $insertItem } from '../../editor/commands/insert-item';
import { QicaoEditor } from '../../editor/QicaoEditor';
import { initialConfig } from '../../editor/initial-config';
import { FindReplacePlugin } from '../../editor/plugins/FindReplace';
import type { ParseNotice } from '../../editor/plugins/Paste';
import { useChecks } from '../checks/useChecks';
import { ExportDialog } from '../export/ExportDialog';
import { ExportMenu } from '../export/ExportMenu';
import { useExport } from '../export/useExport';
import { useDirtyReport } from '../host-events/useDirtyReport';
import type { WorkspaceControls } from './controls';
import { EditorToolbar, type ViewMode } from './EditorToolbar';
import { furtherWouldDrop, regenerateFurther } from './further';
import { DraftSession } from './session';
import { useAutosave } from './useAutosave';
import { useFitZoom } from './useFitZoom';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { type Tab, WorkspacePanels } from './WorkspacePanels';
import { WorkspaceStatusBar } from './WorkspaceStatusBar';

export interface DraftWorkspaceProps {
  draft: Draft;
  /** Set when the draft was restored from an unsaved local copy: save it at once. */
  restored?: boolean;
  host: string;
  /** A line to show when the workspace opens (e.g. what carry-forward did). */
  initialNotice?: string | null;
  controls: MutableRefObject<WorkspaceControls | null>;
  /** Called after a save that changed what the library list shows (the title). */
  onSaved: () => void;
  /** The draft was replaced wholesale (a version restored): the frame reloads the workspace with it. */
  onReplaced: (d: Draft, notice?: string) => void;
  confirm: (r: ConfirmRequest) => Promise<boolean>;
  onError: (message: string) => void;
}

const parseNotice: ParseNotice = async (text) => {
  const { body, report } = await api['import.parseText']({ text });
  const c = report.counts;
  // A paste lands in a draft that has its own 标题/署名/日期; say so rather than drop them silently.
  const dropped = [report.title ? '标题' : '', report.fieldsFound.signer ? '署名' : '', report.fieldsFound.docDate ? '成文日期' : ''].filter(Boolean);
  const found = c.problems ? `已按通报结构粘贴：${c.aspects} 个方面、${c.problems} 个具体问题、${c.measures} 项措施。` : '';
  const note = found + (dropped.length ? `粘贴内容中的${dropped.join('、')}未放入正文，请在字段中核对。` : '');
  // The parser reads a whole notice; a pasted fragment's first paragraph is not the notice's 导语.
  const plain = body.map((b) => (b.type === 'paragraph' && b.role === 'preamble' ? { ...b, role: undefined } : b));
  return { body: plain, note: note || null };
};

export function DraftWorkspace({ draft, restored, host, initialNotice, controls, onSaved, onReplaced, confirm, onError }: DraftWorkspaceProps) {
  const session = useMemo(() => new DraftSession(draft), [draft]);
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
  const autosave = useAutosave(session);
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
      setNotice('已恢复上次未能保存的修改，正在保存。');
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

  const c: WorkspaceControls = {
    exportAs: exp.request,
    saveVersion,
    find: setFind,
    showPanel: (p) => setTab(p),
    insert: (item) => {
      const editor = editorRef.current;
      if (!editor) return;
      if (item === 'aspect') editor.dispatchCommand(INSERT_ASPECT_COMMAND, undefined);
      else if (item === 'problem') editor.dispatchCommand(INSERT_PROBLEM_COMMAND, undefined);
      else if (item === 'measure') editor.dispatchCommand(INSERT_MEASURE_COMMAND, undefined);
      else if (item === 'paragraph') editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
      else editor.update(() => void $insertItem(item, session.current));
      editor.focus();
    },
    format: (item) => {
      if (item === 'normalize-punctuation') {
        setTab('checks');
        void checks.run();
      } else exp.request('docx');
    },
    saveNow,
    applyProfile: (p: UnitProfile) => {
      for (const [k, v] of Object.entries(p)) session.setField(`profile.${k}` as FieldKey, v);
    },
    title: () => session.current.fields.title ?? '',
  };
  controls.current = c;
  useEffect(() => () => {
    if (controls.current === c) controls.current = null;
  });
  useWorkspaceKeys(c);

  const onRegenerate = useCallback(async () => {
    const editor = editorRef.current;
    if (!editor) return;
    const dropped = furtherWouldDrop(session.snapshot());
    if (dropped.length) {
      const chars = dropped.reduce((n, d) => n + d.chars, 0);
      const names = dropped.slice(0, 4).map((d) => `“${d.title.replace(/[。；]$/u, '')}”`).join('、') + (dropped.length > 4 ? '等' : '');
      const ok = await confirm({
        title: '重新生成“需进一步整改”部分',
        message: `“需进一步整改”部分现有 ${dropped.length} 个问题在整改台账中没有标为基本完成、正在推进或未完成：${names}。重新生成会删去这些问题和已写的约 ${chars} 字。如果它们仍需整改，请先在台账中设置状态。`,
        confirm: '仍要生成',
      });
      if (!ok) return;
    }
    const n = regenerateFurther(editor, session.snapshot());
    setNotice(n ? `已按整改台账生成“需进一步整改”部分：${n} 个问题（已写的原因和措施保留）。可以用“撤销”恢复。` : '台账中的问题都已完成整改，“需进一步整改”部分已清空。可以用“撤销”恢复。');
  }, [session, confirm]);

  return (
    <LexicalComposer initialConfig={initialConfig(draft, (e) => onError(`编辑器出错：${e.message}`))}>
      <EditorRefPlugin editorRef={(e) => {
        session.editor = e;
        editorRef.current = e;
      }} />
      <div className="workspace">
        <EditorToolbar view={view} zoom={zoom} onView={setView} onZoom={setZoom} onFind={setFind} onSave={saveVersion} confirm={confirm}>
          <ExportMenu onExport={exp.request} />
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
              <article className="page" aria-label="文稿页面">
                <textarea
                  className="doc-title"
                  aria-label="标题"
                  rows={2}
                  placeholder="请输入标题"
                  value={model.fields.title ?? ''}
                  onChange={(e) => setField('title', e.target.value.replace(/\n/g, ''))}
                />
                <QicaoEditor
                  session={session}
                  fieldsVersion={fieldsVersion}
                  onDirty={markDirty}
                  onSettled={onSettled}
                  onNotice={setNotice}
                  onMissingField={onFocusField}
                  parseNotice={parseNotice}
                />
                <div className="doc-closing">
                  <p className="doc-signer" onClick={() => onFocusField('signer')}>{fieldText(model, 'signer') || '【发文机关署名】'}</p>
                  <p className="doc-date" onClick={() => onFocusField('docDate')}>{fieldText(model, 'docDate') || '【成文日期】'}</p>
                </div>
              </article>
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
    </LexicalComposer>
  );
}
