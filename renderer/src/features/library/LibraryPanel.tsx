// The library (left column): search, filters, sort, 回收站, and every draft with its actions.
import { useState } from 'react';
import type { DraftListItem } from '../../../../core/common/api/contract';
import { DraftRow } from './DraftRow';
import { LibraryFilters } from './LibraryFilters';
import type { DraftAction } from './useDraftActions';
import { EMPTY_QUERY, type ListQuery, useDraftList } from './useDraftList';

export interface LibraryPanelProps {
  refresh: number;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onAction: (a: DraftAction, d: DraftListItem) => void;
}

export function LibraryPanel(p: LibraryPanelProps) {
  const [q, setQ] = useState<ListQuery>(EMPTY_QUERY);
  const { items, years, error } = useDraftList(q, p.refresh);
  const filtered = !!(q.query.trim() || q.year || q.docType || q.status);
  return (
    <nav className="draft-list" aria-label="文稿库">
      <div className="library-head">
        <h2>{q.trash ? '回收站' : '文稿库'}</h2>
        <button type="button" className="link" aria-pressed={q.trash} onClick={() => setQ({ ...q, trash: !q.trash })}>
          {q.trash ? '返回文稿库' : '回收站'}
        </button>
      </div>
      <LibraryFilters q={q} years={years} onChange={setQ} />
      {error && <p className="error-text">{error}</p>}
      {items?.length === 0 && (
        <p className="empty-hint">{q.trash ? '回收站是空的。' : filtered ? '没有符合条件的文稿。' : '还没有文稿。'}</p>
      )}
      {q.query.trim() && items && items.length > 0 && <p className="hits">找到 {items.length} 篇</p>}
      <ul>
        {items?.map((d) => (
          <DraftRow key={d.id} d={d} selected={d.id === p.selectedId} onOpen={p.onOpen} onAction={p.onAction} />
        ))}
      </ul>
    </nav>
  );
}
