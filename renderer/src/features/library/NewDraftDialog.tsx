// Choose a template for a new draft.
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { useAsync } from '../../useAsync';

export function NewDraftDialog(props: { onCreated: (d: Draft) => void; onCancel: () => void; onError: (m: string) => void }) {
  const templates = useAsync(() => api['templates.list']({}), []);
  const create = async (templateId: string) => {
    try {
      props.onCreated(await api['drafts.create']({ templateId }));
    } catch (e) {
      props.onError((e as Error).message);
    }
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="new-draft-title">
        <h2 id="new-draft-title">新建文稿：选择模板</h2>
        {templates.error && <p className="error-text">{templates.error}</p>}
        <ul className="template-list">
          {templates.value?.map((t) => (
            <li key={t.id}>
              <button type="button" onClick={() => create(t.id)}>
                <strong>{t.name}</strong>
                <span>{t.description}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>取消</button>
        </div>
      </div>
    </div>
  );
}
