// 从台账文件更新: a ledger table compared with the open draft's ledger — every row added, changed, unchanged or
// missing — and only the rows the clerk ticks are applied. Published wording is kept; facts and new measures change.
import { useState } from 'react';
import type { ParsedLedgerTable, TableMergeRow } from '../../../../core/common/ledger-table';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/format';

export interface TableMergeDialogProps {
  draft: Draft;
  file: { name: string; base64: string };
  table: ParsedLedgerTable;
  rows: TableMergeRow[];
  saveNow: () => Promise<void>;
  onApplied: (d: Draft, applied: number) => void;
  onClose: () => void;
}

const CHANGE: Record<TableMergeRow['change'], string> = { added: '新增', changed: '有变化', unchanged: '无变化', missing: '表中没有' };

export function TableMergeDialog(p: TableMergeDialogProps) {
  const [chosen, setChosen] = useState(() => new Set(p.rows.filter((r) => r.accept).map((r) => r.key)));
  const [showSame, setShowSame] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = (c: TableMergeRow['change']) => p.rows.filter((r) => r.change === c).length;
  const apply = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await p.saveNow();
      const t = p.table;
      const r = await api['ledger.applyTable']({ file: p.file, sheet: t.sheet, headerRow: t.headerRow ?? -1, mapping: t.mapping, draft: p.draft, accepted: [...chosen] });
      p.onApplied(r.draft, r.applied);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  const shown = p.rows.filter((r) => showSame || r.change !== 'unchanged');
  return (
    <Dialog
      wide
      title="从台账文件更新"
      onClose={p.onClose}
      className="table-merge-dialog"
      actions={
        <>
          <button type="button" onClick={p.onClose}>取消</button>
          <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => void apply()}>采用所选 {chosen.size} 行</button>
        </>
      }
    >
      <p role="status">“{p.file.name}”与本文稿的台账比较：新增 {count('added')}，有变化 {count('changed')}，无变化 {count('unchanged')}，表中没有 {count('missing')}。表中没有的问题默认保留在文稿中；勾选才会删除。</p>
      {p.table.notes.map((n) => <p key={n} className="note">{n}</p>)}
      <label><input type="checkbox" checked={showSame} onChange={(e) => setShowSame(e.target.checked)} /> 显示无变化的行</label>
      {error && <p className="error-text" role="alert">{error}</p>}
      <div className="ledger-preview-scroll">
        <table className="ledger-rows" aria-label="台账比较">
          <thead><tr><th>采用</th><th>比较</th><th>问题</th><th>变化</th></tr></thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} className={r.change === 'missing' ? 'conflict' : ''}>
                <td>
                  {r.change !== 'unchanged' && (
                    <input type="checkbox" aria-label={`采用：${r.title}`} checked={chosen.has(r.key)} onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(r.key);
                      else next.delete(r.key);
                      setChosen(next);
                    }} />
                  )}
                </td>
                <td>{CHANGE[r.change]}{r.match === 'text' ? <div className="muted">按文字匹配</div> : null}</td>
                <td className="wide">{r.title}</td>
                <td className="wide">
                  {r.change === 'missing' ? '勾选则从台账和正文中删除此问题' : null}
                  {r.changes.map((c) => <div key={c.label}>{c.label}：{c.before ? `${c.before} → ` : ''}{c.after}</div>)}
                  {r.notes.map((n) => <div key={n} className="muted">{n}</div>)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
