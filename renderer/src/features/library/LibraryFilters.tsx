// Search box and filters above the draft list.
import type { ListQuery } from './useDraftList';

export function LibraryFilters({ q, years, onChange }: { q: ListQuery; years: string[]; onChange: (q: ListQuery) => void }) {
  const set = <K extends keyof ListQuery>(k: K, v: ListQuery[K]): void => onChange({ ...q, [k]: v });
  return (
    <div className="library-filters">
      <input type="search" aria-label="搜索文稿" placeholder="搜索标题和正文" value={q.query} onChange={(e) => set('query', e.target.value)} />
      <div className="filter-row">
        <select aria-label="年度" value={q.year} onChange={(e) => set('year', e.target.value)}>
          <option value="">全部年度</option>
          {years.map((y) => <option key={y} value={y}>{y} 年</option>)}
        </select>
        <select aria-label="类型" value={q.docType} onChange={(e) => set('docType', e.target.value as ListQuery['docType'])}>
          <option value="">全部类型</option>
          <option value="rectification">整改通报</option>
          <option value="work-summary">工作总结</option>
          <option value="unknown">其他</option>
        </select>
      </div>
      <div className="filter-row">
        <select aria-label="状态" value={q.status} onChange={(e) => set('status', e.target.value as ListQuery['status'])}>
          <option value="">全部状态</option>
          <option value="草稿">草稿</option>
          <option value="送审">送审</option>
          <option value="定稿">定稿</option>
        </select>
        <select aria-label="排序" value={q.sort} disabled={!!q.query.trim()} onChange={(e) => set('sort', e.target.value as ListQuery['sort'])}>
          <option value="updated">最近修改</option>
          <option value="created">创建时间</option>
          <option value="title">标题</option>
          <option value="year">年度</option>
        </select>
      </div>
    </div>
  );
}
