// The library's query (search text, 年度/类型/状态 filters, sort, 回收站) and its results; the search waits for a
// pause in typing so each keystroke does not hit the host.
import { useEffect, useState } from 'react';
import type { ApiInput, DraftListItem } from '../../../../core/common/api/contract';
import { api } from '../../api';
import { errorText } from '../../components/format';

export type ListQuery = Required<Pick<ApiInput<'drafts.list'>, 'sort'>> & {
  query: string;
  year: string;
  docType: '' | NonNullable<ApiInput<'drafts.list'>['docType']>;
  status: '' | NonNullable<ApiInput<'drafts.list'>['status']>;
  trash: boolean;
};

export const EMPTY_QUERY: ListQuery = { query: '', year: '', docType: '', status: '', sort: 'updated', trash: false };

export function useDraftList(q: ListQuery, refresh: number, delay = 250) {
  const [items, setItems] = useState<DraftListItem[] | null>(null);
  const [years, setYears] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      const text = q.query.trim();
      api['drafts.list']({
        ...(text ? { query: text } : { sort: q.sort }),
        ...(q.year ? { year: q.year } : {}),
        ...(q.docType ? { docType: q.docType } : {}),
        ...(q.status ? { status: q.status } : {}),
        scope: q.trash ? 'deleted' : 'active',
      }).then((r) => {
        if (!live) return;
        setItems(r);
        setError(null);
      }, (e: unknown) => live && setError(errorText(e)));
    }, q.query ? delay : 0);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, refresh, delay]);

  useEffect(() => {
    let live = true;
    api['drafts.list']({ scope: 'all' }).then((all) => {
      if (live) setYears([...new Set(all.map((d) => d.year).filter((y): y is string => !!y))].sort().reverse());
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [refresh]);

  return { items, years, error };
}
