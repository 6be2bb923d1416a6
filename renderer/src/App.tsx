// The app frame: draft library on the left; the open draft's workspace (editor, side panel, status bar) beside it.
import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../../core/common/model/types';
import { api } from './api';
import { ErrorBanner } from './components/ErrorBanner';
import { StatusBar } from './components/StatusBar';
import { DraftWorkspace } from './features/editor/DraftWorkspace';
import { readBackup } from './features/editor/local-backup';
import { DraftList } from './features/library/DraftList';
import { NewDraftDialog } from './features/library/NewDraftDialog';
import { useAsync } from './useAsync';

interface Opened {
  draft: Draft;
  restored: boolean;
}

export function App() {
  const info = useAsync(() => api['app.info']({}), []);
  const [refresh, setRefresh] = useState(0);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = useCallback(async (id: string) => {
    try {
      const saved = await api['drafts.get']({ id });
      const backup = readBackup(saved);
      setOpened({ draft: backup ?? saved, restored: backup !== null });
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  const created = useCallback((d: Draft) => {
    setCreating(false);
    setOpened({ draft: d, restored: false });
    setRefresh((n) => n + 1);
  }, []);

  useEffect(() => {
    if (info.error) setError(info.error);
  }, [info.error]);

  const host = info.value?.host === 'browser' ? '浏览器模式（仅本机访问）' : info.value?.host === 'electron' ? '桌面版' : '';

  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="主工具栏">
        <span className="brand">起草</span>
        <button type="button" onClick={() => setCreating(true)}>新建文稿</button>
        {info.value?.recovered && <span className="notice">已恢复上次未正常关闭时的文稿。</span>}
      </header>
      {error && <ErrorBanner message={error} onClose={() => setError(null)} />}
      <main className="frame">
        <DraftList refresh={refresh} selectedId={opened?.draft.id ?? null} onOpen={open} onError={setError} />
        {opened ? (
          <DraftWorkspace
            key={opened.draft.id}
            draft={opened.draft}
            restored={opened.restored}
            host={host}
            onSaved={() => setRefresh((n) => n + 1)}
            onError={setError}
          />
        ) : (
          <section className="editor-area idle" aria-label="文稿">
            <p className="empty-hint">从左侧选择文稿，或点击“新建文稿”从模板开始。</p>
          </section>
        )}
      </main>
      {!opened && <StatusBar draft={null} host={info.value?.host ?? null} />}
      {creating && <NewDraftDialog onCreated={created} onCancel={() => setCreating(false)} onError={setError} />}
    </div>
  );
}
