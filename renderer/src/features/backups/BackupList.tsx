// The library's backups, newest first, each with 恢复此备份.
import type { BackupItem } from '../../../../core/common/api/contract';
import { formatSize, formatTime } from '../../components/format';

const KIND: Record<BackupItem['kind'], string> = { daily: '每日自动', 'pre-migration': '升级前', 'pre-restore': '恢复前', manual: '手动' };

export function BackupList({ items, busy, onRestore }: { items: BackupItem[]; busy: boolean; onRestore: (b: BackupItem) => void }) {
  if (!items.length) return <p className="empty-hint">还没有备份。</p>;
  return (
    <ul className="backup-list" aria-label="备份列表">
      {items.map((b) => (
        <li key={b.fileName}>
          <span className="backup-time">{formatTime(b.createdAt)}</span>
          <span className="badge">{KIND[b.kind] ?? b.kind}</span>
          <span className="muted">{formatSize(b.size)}</span>
          <button type="button" disabled={busy} onClick={() => onRestore(b)}>恢复此备份</button>
        </li>
      ))}
    </ul>
  );
}
