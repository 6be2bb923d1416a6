// The app frame: draft library on the left; the open draft's workspace beside it; the dialogs that act on the whole
// library (新建, 导入, 单位信息, 备份); host events from the desktop menu. A library that cannot be opened shows a
// full-page explanation instead.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CarryForwardOutput, DraftListItem } from '../../core/common/api/contract';
import type { Draft } from '../../core/common/model/types';
import { api } from './api';
import { AppToolbar } from './components/AppToolbar';
import { ErrorBanner } from './components/ErrorBanner';
import { errorText } from './components/format';
import { StatusBar } from './components/StatusBar';
import { useConfirm } from './components/useConfirm';
import { RecoveryBanner } from './features/backups/RecoveryBanner';
import type { WorkspaceControls } from './features/editor/controls';
import { clearBackup, newestBackupId, readBackup, rememberOpenDraft, rememberedOpenDraft } from './features/editor/local-backup';
import type { HostActions } from './features/host-events/dispatch';
import { useHostEvents } from './features/host-events/useHostEvents';
import type { PendingFile } from './features/import/ImportDialog';
import { LibraryPanel } from './features/library/LibraryPanel';
import { useDraftActions } from './features/library/useDraftActions';
import { WelcomePane } from './features/welcome/WelcomePane';
import { useAsync } from './useAsync';
import { lazyComponent } from './components/lazy';

// Not on screen at first paint: loaded when first opened (components/lazy.tsx). The workspace too: the editor
// (Lexical and its plugins) is a third of the first bundle, and the library list comes first.
const DraftWorkspace = lazyComponent(() => import('./features/editor/DraftWorkspace').then((m) => m.DraftWorkspace));
const BackupsDialog = lazyComponent(() => import('./features/backups/BackupsDialog').then((m) => m.BackupsDialog));
const LibraryProblemPage = lazyComponent(() => import('./features/backups/LibraryProblemPage').then((m) => m.LibraryProblemPage));
const ImportDialog = lazyComponent(() => import('./features/import/ImportDialog').then((m) => m.ImportDialog));
const CarryForwardDialog = lazyComponent(() => import('./features/library/CarryForwardDialog').then((m) => m.CarryForwardDialog));
const LedgerImportDialog = lazyComponent(() => import('./features/ledger-import/LedgerImportDialog').then((m) => m.LedgerImportDialog));
const NewDraftDialog = lazyComponent(() => import('./features/library/NewDraftDialog').then((m) => m.NewDraftDialog));
const SaveTemplateDialog = lazyComponent(() => import('./features/library/SaveTemplateDialog').then((m) => m.SaveTemplateDialog));
const ProfileDialog = lazyComponent(() => import('./features/profile/ProfileDialog').then((m) => m.ProfileDialog));

interface Opened {
  draft: Draft;
  restored: boolean;
  /** The restored copy's saves that were sent without an answer (one may still land: it is this tab's own). */
  sent?: string[];
  /** Bumped when the same draft is reloaded wholesale (a version restored), so the editor starts afresh. */
  rev: number;
  notice: string | null;
}

type DialogKind = 'new' | 'import' | 'ledger-import' | 'profile' | 'backups' | null;

export function App() {
  const info = useAsync(() => api['app.info']({}), []);
  const [refresh, setRefresh] = useState(0);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [importFile, setImportFile] = useState<PendingFile | null>(null);
  const [carried, setCarried] = useState<CarryForwardOutput | null>(null);
  const [naming, setNaming] = useState<DraftListItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [recoveryShown, setRecoveryShown] = useState(true);
  const [confirm, confirmNode] = useConfirm();
  const controls = useRef<WorkspaceControls | null>(null);
  const bump = useCallback(() => setRefresh((n) => n + 1), []);

  const openDraft = useCallback((d: Draft, extra: Partial<Opened> = {}) => {
    // A frame notice is about what was done before (单位信息 saved…): it does not follow the clerk into a draft.
    setNotice(null);
    setOpened((o) => ({ draft: d, restored: false, rev: (o?.rev ?? 0) + 1, notice: null, ...extra }));
    bump();
  }, [bump]);

  const open = useCallback(async (id: string, atStart = false, onlyToRecover = false) => {
    try {
      await controls.current?.saveNow();
      const saved = await api['drafts.get']({ id });
      const backup = readBackup(saved);
      if (onlyToRecover && !backup) return;
      setNotice(null);
      setOpened((o) => ({ draft: backup?.draft ?? saved, restored: backup !== null, sent: backup?.sent, rev: (o?.rev ?? 0) + 1, notice: null }));
    } catch (e) {
      // At start the remembered draft may have been purged meanwhile: the start screen, not an error. Any other
      // failure (a locked or unreadable library) is shown as what it is.
      const purged = (e as { code?: string }).code === 'not-found';
      if (atStart) rememberOpenDraft(null);
      if (atStart && purged) clearBackup(id);
      if (!atStart || !purged) setError(errorText(e));
    }
  }, []);

  // The open draft survives a reload; after a hard close, the draft with unsaved text comes back by itself.
  const openId = opened?.draft.id;
  useEffect(() => {
    if (openId) rememberOpenDraft(openId);
  }, [openId]);
  const reopened = useRef(false);
  useEffect(() => {
    if (reopened.current || !info.value || info.value.libraryProblem) return;
    reopened.current = true;
    const remembered = rememberedOpenDraft();
    const recovering = remembered ? null : newestBackupId();
    if (remembered) void open(remembered, true);
    else if (recovering) void open(recovering, true, true);
  }, [info.value, open]);

  const onAction = useDraftActions({
    openId: opened?.draft.id ?? null,
    saveOpen: () => controls.current?.saveNow() ?? Promise.resolve(),
    onChanged: bump,
    onOpenDraft: (d) => openDraft(d),
    onClosed: () => {
      rememberOpenDraft(null);
      setOpened(null);
    },
    onCarried: (r) => {
      setCarried(r);
      bump();
    },
    onAskTemplateName: setNaming,
    confirm,
    onNotice: setNotice,
    onError: setError,
  });

  const needDraft = (f: (c: WorkspaceControls) => void) => () => {
    if (controls.current) f(controls.current);
    else setNotice('请先在左侧打开一篇文稿。');
  };
  const actions: HostActions = {
    newDraft: () => setDialog('new'),
    saveVersion: () => needDraft((c) => c.saveVersion())(),
    exportDocument: (k) => needDraft((c) => c.exportAs(k))(),
    find: (m) => needDraft((c) => c.find(m))(),
    showPanel: (p) => needDraft((c) => c.showPanel(p))(),
    insert: (i) => needDraft((c) => c.insert(i))(),
    format: (i) => (i === 'profile' ? setDialog('profile') : needDraft((c) => c.format(i))()),
    openFile: (f) => {
      setImportFile({ name: f.name, base64: f.base64 });
      setDialog('import');
    },
    saveAll: async () => {
      await controls.current?.saveNow();
      return true;
    },
  };
  useHostEvents(actions);

  const problem = info.value?.libraryProblem;
  if (problem) {
    return (
      <div className="app">
        <header className="toolbar"><span className="brand">起草</span></header>
        <LibraryProblemPage problem={problem} confirm={confirm} />
        {confirmNode}
      </div>
    );
  }

  const host = info.value?.host === 'browser' ? '浏览器模式（仅本机访问）' : info.value?.host === 'electron' ? '桌面版' : '';
  const recovery = info.value?.recovery ?? (info.value?.recovered ? { message: '已恢复上次未正常关闭时的文稿。', draftIds: [] } : null);

  return (
    <div className="app">
      <AppToolbar
        onNew={() => setDialog('new')}
        onImport={() => {
          setImportFile(null);
          setDialog('import');
        }}
        onImportLedger={() => setDialog('ledger-import')}
        onProfile={() => setDialog('profile')}
        onBackups={() => setDialog('backups')}
      />
      {(error ?? info.error) && <ErrorBanner message={(error ?? info.error)!} onClose={() => setError(null)} />}
      {recovery && recoveryShown && <RecoveryBanner recovery={recovery} onOpen={(id) => void open(id)} onClose={() => setRecoveryShown(false)} />}
      {notice && (
        <div className="notice-banner app-notice" role="status" aria-label="提示">
          <span>{notice}</span>
          <button type="button" aria-label="关闭提示" onClick={() => setNotice(null)}>×</button>
        </div>
      )}
      <main className="frame">
        <LibraryPanel refresh={refresh} selectedId={opened?.draft.id ?? null} onOpen={(id) => void open(id)} onAction={onAction} />
        {opened ? (
          <DraftWorkspace
            key={`${opened.draft.id}:${opened.rev}`}
            draft={opened.draft}
            restored={opened.restored}
            sent={opened.sent}
            initialNotice={opened.notice}
            host={host}
            controls={controls}
            onSaved={bump}
            onReplaced={(d, notice) => openDraft(d, { notice: notice ?? '已恢复所选版本。恢复前的内容已另存为一个版本。' })}
            confirm={confirm}
            onError={setError}
          />
        ) : (
          <WelcomePane
            refresh={refresh}
            onNew={() => setDialog('new')}
            onImport={() => {
              setImportFile(null);
              setDialog('import');
            }}
            onProfile={() => setDialog('profile')}
          />
        )}
      </main>
      {!opened && <StatusBar host={info.value?.host ?? null} />}
      {dialog === 'new' && (
        <NewDraftDialog
          onCreated={(d) => {
            setDialog(null);
            openDraft(d);
          }}
          onCancel={() => setDialog(null)}
          onError={setError}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog
          file={importFile}
          onChanged={bump}
          onOpen={(d) => {
            setDialog(null);
            openDraft(d);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'ledger-import' && (
        <LedgerImportDialog
          onChanged={bump}
          onOpen={(d) => {
            setDialog(null);
            openDraft(d, { notice: '已按整改台账新建通报：各问题和措施已放入“整改情况”，统计数自动计算，“需要进一步整改的事项”已按状态生成。' });
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'profile' && (
        <ProfileDialog
          openDraftTitle={controls.current ? controls.current.title() : null}
          onSaved={(p, apply) => {
            setDialog(null);
            bump();
            if (apply) controls.current?.applyProfile(p);
            setNotice(apply ? '单位信息已保存，并已更新当前文稿。' : '单位信息已保存，新建的文稿将使用这些信息。');
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'backups' && (
        <BackupsDialog confirm={confirm} onRestored={() => window.location.reload()} onClose={() => setDialog(null)} />
      )}
      {carried && (
        <CarryForwardDialog
          r={carried}
          onClose={() => setCarried(null)}
          onOpen={() => {
            const d = carried.draft;
            setCarried(null);
            openDraft(d, { notice: `以往年稿为基础新建（${carried.fromYear} → ${carried.toYear}）：标为“未更新”的文字请逐段改写，突出显示的数字和日期需要更新。` });
          }}
        />
      )}
      {naming && (
        <SaveTemplateDialog
          title={naming.title}
          onClose={() => setNaming(null)}
          onSave={(name) => {
            const d = naming;
            setNaming(null);
            api['drafts.saveAsTemplate']({ id: d.id, name }).then(
              (t) => setNotice(`已另存为本单位模板“${t.name}”，新建文稿时可以选用。`),
              (e: unknown) => setError(errorText(e)),
            );
          }}
        />
      )}
      {confirmNode}
    </div>
  );
}
