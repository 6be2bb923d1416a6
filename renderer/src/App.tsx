// The app frame: draft library on the left, the document in the middle, fields and counts on the right.
import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../../core/common/model/types';
import { api } from './api';
import { ErrorBanner } from './components/ErrorBanner';
import { StatusBar } from './components/StatusBar';
import { DocumentView } from './features/document/DocumentView';
import { DraftList } from './features/library/DraftList';
import { NewDraftDialog } from './features/library/NewDraftDialog';
import { SidePanel } from './features/panel/SidePanel';
import { useAsync } from './useAsync';

export function App() {
  const info = useAsync(() => api['app.info']({}), []);
  const [refresh, setRefresh] = useState(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = useCallback(async (id: string) => {
    try {
      setDraft(await api['drafts.get']({ id }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  const created = useCallback((d: Draft) => {
    setCreating(false);
    setDraft(d);
    setRefresh((n) => n + 1);
  }, []);

  useEffect(() => {
    if (info.error) setError(info.error);
  }, [info.error]);

  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="主工具栏">
        <span className="brand">起草</span>
        <button type="button" onClick={() => setCreating(true)}>新建文稿</button>
        {info.value?.recovered && <span className="notice">已恢复上次未正常关闭时的文稿。</span>}
      </header>
      {error && <ErrorBanner message={error} onClose={() => setError(null)} />}
      <main className="frame">
        <DraftList refresh={refresh} selectedId={draft?.id ?? null} onOpen={open} onError={setError} />
        <section className="editor-area" aria-label="文稿">
          {draft ? <DocumentView draft={draft} /> : <p className="empty-hint">从左侧选择文稿，或点击“新建文稿”从模板开始。</p>}
        </section>
        <SidePanel draft={draft} />
      </main>
      <StatusBar draft={draft} host={info.value?.host ?? null} />
      {creating && <NewDraftDialog onCreated={created} onCancel={() => setCreating(false)} onError={setError} />}
    </div>
  );
}
