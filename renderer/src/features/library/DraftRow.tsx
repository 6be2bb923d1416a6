// One draft in the library: open it, see its type/year/status (and the search hit), and its actions menu.
import { useEffect, useRef, useState } from 'react';
import type { DraftListItem } from '../../../../core/common/api/contract';
import { Highlighted } from '../../components/Highlighted';
import type { DraftAction } from './useDraftActions';

const TYPE_LABEL = { rectification: '整改通报', 'work-summary': '工作总结', unknown: '其他' } as const;
const STATUSES = ['草稿', '送审', '定稿'] as const;

export interface DraftRowProps {
  d: DraftListItem;
  selected: boolean;
  onOpen: (id: string) => void;
  onAction: (a: DraftAction, d: DraftListItem) => void;
}

export function DraftRow({ d, selected, onOpen, onAction }: DraftRowProps) {
  const [menu, setMenu] = useState(false);
  const box = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!menu) return;
    const close = (e: MouseEvent): void => {
      if (!box.current?.contains(e.target as Node)) setMenu(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menu]);
  const title = d.title || '（无标题）';
  const act = (a: DraftAction) => () => {
    setMenu(false);
    onAction(a, d);
  };
  const trashed = d.deletedAt !== null;
  return (
    <li ref={box} className={`draft-row${selected ? ' selected' : ''}`} data-draft={d.id}>
      <button type="button" className="draft-open" disabled={trashed} onClick={() => onOpen(d.id)}>
        {/* Last year's draft and this year's often share a title word for word: the year beside it tells them apart. */}
        <span className="title">{d.year && <span className="title-year">{d.year}年</span>}{title}</span>
        <span className="meta">
          {TYPE_LABEL[d.docType]} · <span className={`status status-${d.status}`}>{d.status}</span> · {(d.deletedAt ?? d.updatedAt).slice(0, 10)}
        </span>
        {d.snippet && <span className="snippet"><Highlighted text={d.snippet} /></span>}
      </button>
      {trashed ? (
        <button type="button" className="row-action" onClick={act({ kind: 'undelete' })}>恢复</button>
      ) : (
        <button type="button" className="row-more" aria-label={`更多操作：${title}`} aria-haspopup="menu" aria-expanded={menu} onClick={() => setMenu((m) => !m)}>⋯</button>
      )}
      {menu && (
        <ul className="menu-list row-menu" role="menu" aria-label={`文稿操作：${title}`}>
          <li role="none" className="menu-label">设置状态</li>
          {STATUSES.map((s) => (
            <li key={s} role="none">
              <button type="button" role="menuitemradio" aria-checked={d.status === s} onClick={act({ kind: 'status', status: s })}>{d.status === s ? '✓ ' : ''}{s}</button>
            </li>
          ))}
          <li role="separator" />
          <li role="none"><button type="button" role="menuitem" onClick={act({ kind: 'carryForward' })}>以此为基础新建下一年度</button></li>
          <li role="none"><button type="button" role="menuitem" onClick={act({ kind: 'duplicate' })}>复制</button></li>
          <li role="none"><button type="button" role="menuitem" onClick={act({ kind: 'saveAsTemplate' })}>另存为本单位模板…</button></li>
          <li role="none"><button type="button" role="menuitem" onClick={act({ kind: 'exportFile' })}>导出文稿文件</button></li>
          <li role="separator" />
          <li role="none"><button type="button" role="menuitem" className="danger" onClick={act({ kind: 'delete' })}>删除（移到回收站）</button></li>
        </ul>
      )}
    </li>
  );
}
