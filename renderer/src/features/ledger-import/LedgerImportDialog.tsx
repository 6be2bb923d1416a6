// 从台账新建: an Excel workbook, a Word table or a CSV becomes a new draft. The clerk first sees the parsed rows and the
// column mapping (and may change it, or point at the header row) before anything is saved.
import { type ChangeEvent, useState } from 'react';
import { COLUMN_KINDS, COLUMN_LABEL, type ColumnKind, type ParsedLedgerTable } from '../../../../core/common/ledger-table';
import { STATUS_LABEL } from '../../../../core/common/model/status';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/format';
import { readAsBase64 } from '../import/read-file';
import './ledger-import.css';

export interface LedgerImportDialogProps {
  onOpen: (d: Draft) => void;
  onChanged: () => void;
  onClose: () => void;
}

interface Picked {
  name: string;
  base64: string;
}

const colLetter = (i: number): string => (i >= 26 ? colLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

export function LedgerImportDialog(p: LedgerImportDialogProps) {
  const [file, setFile] = useState<Picked | null>(null);
  const [table, setTable] = useState<ParsedLedgerTable | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const preview = async (f: Picked, opts: { sheet?: number; headerRow?: number; mapping?: ColumnKind[] } = {}): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setTable(await api['ledger.preview']({ file: f, ...opts }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const onPick = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    try {
      const picked = { name: f.name, base64: await readAsBase64(f) };
      setFile(picked);
      setTable(null);
      await preview(picked);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const width = table ? Math.max(table.mapping.length, table.preview[0]?.length ?? 0) : 0;
  const mapping = table ? Array.from({ length: width }, (_, i) => table.mapping[i] ?? 'ignore') : [];
  const remap = (i: number, k: ColumnKind): void => {
    if (!file || !table) return;
    const next = mapping.map((m, j) => (j === i ? k : m === k && k !== 'ignore' && k !== 'notes' ? 'ignore' : m));
    void preview(file, { sheet: table.sheet, headerRow: table.headerRow ?? -1, mapping: next });
  };
  const create = async (): Promise<void> => {
    if (!file || !table) return;
    setBusy(true);
    setError(null);
    try {
      const { draft } = await api['ledger.createDraft']({ file, sheet: table.sheet, headerRow: table.headerRow ?? -1, mapping, templateId: 'rectification-notice' });
      p.onChanged();
      p.onOpen(draft);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      wide
      title="从整改台账新建通报"
      onClose={p.onClose}
      className="ledger-import-dialog"
      actions={
        <>
          <button type="button" onClick={p.onClose}>取消</button>
          <button type="button" className="primary" disabled={busy || !table || table.rows.length === 0} onClick={() => void create()}>
            用这 {table?.rows.length ?? 0} 个问题新建通报
          </button>
        </>
      }
    >
      <p>支持 Excel 工作簿（.xlsx）、Word 文档中的表格（.docx，如整改方案的问题清单）和 CSV 文件。导入前先核对下面的识别结果和各列的含义。</p>
      <label className={`file-pick${busy ? ' busy' : ''}`}>
        <input type="file" className="visually-hidden" aria-label="选择台账文件" accept=".xlsx,.xlsm,.docx,.csv,.txt,.xls,.et" disabled={busy} onChange={(e) => void onPick(e)} />
        <span className="file-pick-button" aria-hidden="true">选择文件…</span>
        <span className="file-pick-name">{file?.name ?? '尚未选择文件'}</span>
      </label>
      {busy && <p className="note" role="status">正在读取…</p>}
      {error && <p className="error-text" role="alert">{error}</p>}
      {table && (
        <div className="ledger-preview" aria-label="台账预览">
          <p role="status">
            {table.sheets.length > 1 && (
              <label>工作表{' '}
                <select aria-label="工作表" value={table.sheet} onChange={(e) => file && void preview(file, { sheet: Number(e.target.value) })}>
                  {table.sheets.map((s, i) => <option key={i} value={i}>{s.name}{s.hidden ? '（隐藏）' : ''}</option>)}
                </select>{' '}
              </label>
            )}
            识别出 <b>{table.rows.length}</b> 个问题{table.headerRow !== null && table.headerRow >= 0 ? `，表头在第 ${table.headerRow + 1} 行` : ''}。
            <label>{' '}表头行{' '}
              <input type="number" aria-label="表头行" min={0} max={table.preview.length} value={table.headerRow === null ? '' : table.headerRow + 1}
                onChange={(e) => file && void preview(file, { sheet: table.sheet, headerRow: Number(e.target.value) - 1 })} />
            </label>
          </p>
          {table.notes.map((n) => <p key={n} className="note">{n}</p>)}
          <div className="column-map" aria-label="各列的内容">
            {mapping.map((k, i) => (
              <label key={i}>
                <span className="muted">{colLetter(i)} {table.headers[i] ?? ''}</span>
                <select aria-label={`第${colLetter(i)}列的内容`} value={k} onChange={(e) => remap(i, e.target.value as ColumnKind)}>
                  {COLUMN_KINDS.map((c) => <option key={c} value={c}>{COLUMN_LABEL[c]}</option>)}
                </select>
              </label>
            ))}
          </div>
          {table.rows.length === 0 && (
            <div className="ledger-preview-scroll">
              <table className="ledger-rows" aria-label="表格的前几行">
                <tbody>{table.preview.slice(0, 8).map((r, i) => <tr key={i}><td className="num">{i + 1}</td>{mapping.map((_, j) => <td key={j}>{r[j] ?? ''}</td>)}</tr>)}</tbody>
              </table>
            </div>
          )}
          {table.rows.length > 0 && (
            <div className="ledger-preview-scroll">
              <table className="ledger-rows" aria-label="识别出的问题">
                <thead><tr><th>行</th><th>方面</th><th>具体问题</th><th>措施</th><th>责任单位</th><th>完成时限</th><th>状态</th></tr></thead>
                <tbody>
                  {table.rows.slice(0, 300).map((r) => (
                    <tr key={r.line}>
                      <td className="num">{r.line}</td><td>{r.aspect}{r.category ? ` › ${r.category}` : ''}</td><td className="wide">{r.problem}</td>
                      <td className="num" title={r.measures.join('\n')}>{r.measures.length}</td><td>{r.unit}</td><td>{r.deadline}</td>
                      <td>{r.status ? STATUS_LABEL[r.status] : '未标明'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {table.rows.length > 300 && <p className="muted">另有 {table.rows.length - 300} 个问题未列出。</p>}
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
