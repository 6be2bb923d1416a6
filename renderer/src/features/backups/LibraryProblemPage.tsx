// Shown instead of the app when the library cannot be opened: the host's explanation and, when the library is
// damaged, its backups to go back to.
import type { AppInfo } from '../../../../core/common/api/contract';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import { BackupList } from './BackupList';
import { useBackups } from './useBackups';

const HEADLINE: Record<string, string> = {
  corrupt: '文稿库已损坏，无法打开',
  locked: '文稿库正被另一个起草窗口使用',
  'too-new': '文稿库来自更新版本的起草',
};

export function LibraryProblemPage({ problem, confirm }: { problem: NonNullable<AppInfo['libraryProblem']>; confirm: (r: ConfirmRequest) => Promise<boolean> }) {
  const b = useBackups(confirm, () => window.location.reload());
  return (
    <main className="problem-page" role="main" aria-label="文稿库无法打开">
      <h1>{HEADLINE[problem.kind] ?? '文稿库无法打开'}</h1>
      <p className="problem-message">{problem.message}</p>
      {problem.kind === 'corrupt' ? (
        <section aria-label="备份">
          <h2>从备份恢复</h2>
          <p className="note">选择一个备份恢复。损坏的文稿库会另放一边保存，不会删除。</p>
          {b.error && <p className="error-text" role="alert">{b.error}</p>}
          {b.items && <BackupList items={b.items} busy={b.busy} onRestore={(x) => void b.restore(x)} />}
        </section>
      ) : (
        <p><button type="button" onClick={() => window.location.reload()}>重试</button></p>
      )}
    </main>
  );
}
