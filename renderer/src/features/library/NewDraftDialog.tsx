// Choose a template for a new draft: the built-in ones, then the unit's own (另存为本单位模板).
import { useState } from 'react';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useAsync } from '../../useAsync';

/** The contract names the unit's templates 'user:…' (drafts.create tells them from built-ins by it). */
const USER_PREFIX = 'user:';

export function NewDraftDialog(props: { onCreated: (d: Draft) => void; onCancel: () => void; onError: (m: string) => void }) {
  const templates = useAsync(() => api['templates.list']({}), []);
  const [error, setError] = useState<string | null>(null);
  const create = async (templateId: string) => {
    try {
      props.onCreated(await api['drafts.create']({ templateId }));
    } catch (e) {
      // Shown here: the frame's banner is behind this dialog.
      setError((e as Error).message);
    }
  };
  const builtIn = templates.value?.filter((t) => !t.user) ?? [];
  const own = templates.value?.filter((t) => t.user) ?? [];
  return (
    <Dialog title="新建文稿：选择模板" onClose={props.onCancel} actions={<button type="button" onClick={props.onCancel}>取消</button>}>
      {(error ?? templates.error) && <p className="error-text" role="alert">{error ?? templates.error}</p>}
      <ul className="template-list">
        {builtIn.map((t) => (
          <li key={t.id}>
            <button type="button" onClick={() => create(t.id)}>
              <strong>{t.name}</strong>
              <span>{t.description}</span>
            </button>
          </li>
        ))}
      </ul>
      {own.length > 0 && (
        <>
          <h3>本单位模板</h3>
          <ul className="template-list user-templates">
            {own.map((t) => (
              <li key={t.id}>
                <button type="button" onClick={() => create(t.id.startsWith(USER_PREFIX) ? t.id : USER_PREFIX + t.id)}>
                  <strong>{t.name}<em className="badge">本单位</em></strong>
                  <span>{t.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
