// An open draft: toolbar, the page with the structured editor, the side panel (字段/台账/大纲) and the status bar.
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fieldText } from '../../../../core/common/model/fields';
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import { QicaoEditor } from '../../editor/QicaoEditor';
import { initialConfig } from '../../editor/initial-config';
import { FindReplacePlugin } from '../../editor/plugins/FindReplace';
import { FieldsPanel } from '../fields/FieldsPanel';
import { LedgerPanel } from '../ledger/LedgerPanel';
import { OutlinePanel } from '../outline/OutlinePanel';
import { EditorToolbar, type ViewMode } from './EditorToolbar';
import { DraftSession } from './session';
import { useAutosave } from './useAutosave';
import { WorkspaceStatusBar } from './WorkspaceStatusBar';

type Tab = 'fields' | 'ledger' | 'outline';
const TABS: [Tab, string][] = [['fields', '字段'], ['ledger', '台账'], ['outline', '大纲']];

export interface DraftWorkspaceProps {
  draft: Draft;
  /** Set when the draft was restored from an unsaved local copy: save it at once. */
  restored?: boolean;
  host: string;
  onSaved: () => void;
  onError: (message: string) => void;
}

export function DraftWorkspace({ draft, restored, host, onError }: DraftWorkspaceProps) {
  const session = useMemo(() => new DraftSession(draft), [draft]);
  const [model, setModel] = useState(draft);
  const [fieldsVersion, setFieldsVersion] = useState(0);
  const [view, setView] = useState<ViewMode>('page');
  const [zoom, setZoom] = useState(1);
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const [tab, setTab] = useState<Tab>('fields');
  const [focusField, setFocusField] = useState<FieldKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const autosave = useAutosave(session);
  const { markDirty, flush } = autosave;

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

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 's') {
        e.preventDefault();
        void flush();
      } else if (k === 'f' || k === 'h') {
        e.preventDefault();
        setFind(k === 'f' ? 'find' : 'replace');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);

  const onSettled = useCallback(() => setModel(session.snapshot()), [session]);
  const onMissingField = useCallback((key: FieldKey) => {
    setTab('fields');
    setFocusField(null);
    requestAnimationFrame(() => setFocusField(key));
  }, []);
  const setField = useCallback((k: FieldKey, v: string) => session.setField(k, v), [session]);

  return (
    <LexicalComposer initialConfig={initialConfig(draft, (e) => onError(`编辑器出错：${e.message}`))}>
      <EditorRefPlugin editorRef={(e) => void (session.editor = e)} />
      <div className="workspace">
        <EditorToolbar view={view} zoom={zoom} onView={setView} onZoom={setZoom} onFind={setFind} onSave={() => void flush()} />
        {notice && (
          <div className="notice-banner" role="alert">
            <span>{notice}</span>
            <button type="button" aria-label="关闭提示" onClick={() => setNotice(null)}>×</button>
          </div>
        )}
        <div className="workspace-main">
          <section className="editor-area" aria-label="文稿">
            {find && <FindReplacePlugin mode={find} onClose={() => setFind(null)} />}
            <div className={`view view-${view}`} style={{ zoom }}>
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
                  onMissingField={onMissingField}
                />
                <div className="doc-closing">
                  <p className="doc-signer" onClick={() => onMissingField('signer')}>{fieldText(model, 'signer') || '【发文机关署名】'}</p>
                  <p className="doc-date" onClick={() => onMissingField('docDate')}>{fieldText(model, 'docDate') || '【成文日期】'}</p>
                </div>
              </article>
            </div>
          </section>
          <aside className="side-panel" aria-label="信息面板">
            <div className="tabs" role="tablist" aria-label="面板">
              {TABS.map(([t, label]) => (
                <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'on' : ''} onClick={() => setTab(t)}>{label}</button>
              ))}
            </div>
            <div role="tabpanel" className="tab-body">
              {tab === 'fields' && <FieldsPanel draft={model} focusKey={focusField} onSet={setField} />}
              {tab === 'ledger' && <LedgerPanel draft={model} />}
              {tab === 'outline' && <OutlinePanel draft={model} />}
            </div>
          </aside>
        </div>
        <WorkspaceStatusBar draft={model} save={autosave.state} host={host} />
      </div>
    </LexicalComposer>
  );
}
