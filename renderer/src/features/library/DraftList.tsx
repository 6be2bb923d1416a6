// The draft library: every draft on this machine, newest first.
import { api } from '../../api';
import { useAsync } from '../../useAsync';

const TYPE_LABEL = { rectification: '整改通报', 'work-summary': '工作总结', unknown: '其他' } as const;

export function DraftList(props: { refresh: number; selectedId: string | null; onOpen: (id: string) => void; onError: (m: string) => void }) {
  const list = useAsync(() => api['drafts.list']({}), [props.refresh]);
  return (
    <nav className="draft-list" aria-label="文稿库">
      <h2>文稿库</h2>
      {list.error && <p className="error-text">{list.error}</p>}
      {list.value?.length === 0 && <p className="empty-hint">还没有文稿。</p>}
      <ul>
        {list.value?.map((d) => (
          <li key={d.id}>
            <button type="button" className={d.id === props.selectedId ? 'selected' : ''} onClick={() => props.onOpen(d.id)}>
              <span className="title">{d.title || '（无标题）'}</span>
              <span className="meta">{TYPE_LABEL[d.docType]} · {d.year ?? '—'} · {d.updatedAt.slice(0, 10)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
