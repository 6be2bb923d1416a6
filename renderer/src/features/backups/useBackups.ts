// Backups of the whole library: list, make one now, restore one (after the clerk confirmed what that means).
import { useCallback, useEffect, useState } from 'react';
import type { BackupItem } from '../../../../core/common/api/contract';
import { api } from '../../api';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import { errorText, formatTime } from '../../components/format';

export function useBackups(confirm: (r: ConfirmRequest) => Promise<boolean>, onRestored: () => void) {
  const [items, setItems] = useState<BackupItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(() => {
    api['backups.list']({}).then(setItems, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(load, [load]);

  const guarded = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const create = () => guarded(async () => {
    const b = await api['backups.create']({});
    setNote(`已备份（${formatTime(b.createdAt)}）。`);
    load();
  });
  const restore = (b: BackupItem) => guarded(async () => {
    const ok = await confirm({
      title: '恢复备份',
      message: `用 ${formatTime(b.createdAt)} 的备份替换现在的文稿库？现在的文稿库不会删除，会另放一边保存，需要时可以找回。恢复后起草将重新载入。`,
      confirm: '恢复此备份',
    });
    if (!ok) return;
    await api['backups.restore']({ fileName: b.fileName });
    onRestored();
  });
  return { items, busy, error, note, create, restore };
}
