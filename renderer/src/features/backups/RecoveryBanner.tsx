// After a crash: which drafts were recovered from autosave, as links to open them.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../core/common/api/contract';
import { api } from '../../api';

export function RecoveryBanner({ recovery, onOpen, onClose }: { recovery: NonNullable<AppInfo['recovery']>; onOpen: (id: string) => void; onClose: () => void }) {
  const [titles, setTitles] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void Promise.all(recovery.draftIds.slice(0, 10).map((id) => api['drafts.get']({ id }).then((d) => [id, d.fields.title || '（无标题）'] as const, () => null)))
      .then((r) => live && setTitles(Object.fromEntries(r.filter((x): x is readonly [string, string] => x !== null))));
    return () => {
      live = false;
    };
  }, [recovery.draftIds]);
  return (
    <div className="notice-banner recovery" role="alert">
      <span>
        {recovery.message || '已恢复上次未正常关闭时的文稿。'}
        {Object.entries(titles).map(([id, t]) => (
          <button key={id} type="button" className="link" onClick={() => onOpen(id)}>{t}</button>
        ))}
      </span>
      <button type="button" aria-label="关闭提示" onClick={onClose}>×</button>
    </div>
  );
}
