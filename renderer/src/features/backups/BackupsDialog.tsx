// 备份: the library's backups with 立即备份 and 恢复.
import { Dialog } from '../../components/Dialog';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import { BackupList } from './BackupList';
import { useBackups } from './useBackups';

export function BackupsDialog({ confirm, onRestored, onClose }: { confirm: (r: ConfirmRequest) => Promise<boolean>; onRestored: () => void; onClose: () => void }) {
  const b = useBackups(confirm, onRestored);
  return (
    <Dialog
      title="备份"
      onClose={onClose}
      className="backups-dialog"
      actions={
        <>
          <button type="button" disabled={b.busy} onClick={() => void b.create()}>立即备份</button>
          <button type="button" className="primary" onClick={onClose}>关闭</button>
        </>
      }
    >
      <p className="note">起草每天自动备份整个文稿库。恢复备份时，现在的文稿库会另放一边保存，不会删除。</p>
      {b.note && <p className="fields-summary" role="status">{b.note}</p>}
      {b.error && <p className="error-text" role="alert">{b.error}</p>}
      {b.items && <BackupList items={b.items} busy={b.busy} onRestore={(x) => void b.restore(x)} />}
    </Dialog>
  );
}
