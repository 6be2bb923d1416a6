// Shown when a save is refused because the draft was saved elsewhere meanwhile (another tab, window or computer):
// the clerk sees what the other edit changed and chooses; nothing is lost either way.
import { Dialog } from '../../components/Dialog';
import { DiffView } from '../versions/DiffView';
import type { DraftDiff } from '../../../../core/common/diff';

export interface SaveConflictDialogProps {
  /** From the clerk's text to the other edit's; null while it is being read. */
  diff: DraftDiff | null;
  savedAt: string;
  busy: boolean;
  onReload: () => void;
  onKeepMine: () => void;
}

export function SaveConflictDialog({ diff, savedAt, busy, onReload, onKeepMine }: SaveConflictDialogProps) {
  return (
    <Dialog
      title="这篇文稿已在别处修改"
      className="save-conflict"
      wide
      onClose={() => undefined}
      actions={
        <>
          <button type="button" disabled={busy} onClick={onKeepMine}>保留我的为一个版本</button>
          <button type="button" className="primary" disabled={busy} onClick={onReload}>重新载入对方的修改</button>
        </>
      }
    >
      <p className="confirm-message">
        另一个窗口（或另一台电脑）{savedAt ? `在 ${savedAt} ` : ''}保存了这篇文稿。您在这里的修改没有覆盖它，也没有丢失，请选择：
      </p>
      <ul className="conflict-choices">
        <li><b>重新载入对方的修改</b>：打开对方保存的内容，放弃这里尚未保存的修改。</li>
        <li><b>保留我的为一个版本</b>：先把这里的内容存为“我的修改（冲突时保留）”版本（可在“版本”中比较或恢复），再载入对方的修改。</li>
      </ul>
      <h3 className="conflict-heading">对方的修改（与这里的内容相比）</h3>
      <div className="conflict-diff">
        {diff ? <DiffView diff={diff} onlyChanges /> : <p className="diff-stats">正在读取对方保存的内容…</p>}
      </div>
    </Dialog>
  );
}
