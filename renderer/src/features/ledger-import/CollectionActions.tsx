// 进展征集 in the ledger panel: export one fill-in workbook per 责任单位, then take the returned files back in for
// review. The draft is replaced by the host's (it records the round, or the accepted progress) and reopened.
import { type ChangeEvent, useState } from 'react';
import type { MergeReview, ParsedLedgerTable, TableMergeRow } from '../../../../core/common/ledger-table';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { errorText } from '../../components/format';
import { deliverFile } from '../export/deliver-file';
import { readAsBase64 } from '../import/read-file';
import './ledger-import.css';
import { MergeReviewDialog, type ReturnedUpload } from './MergeReviewDialog';
import { TableMergeDialog } from './TableMergeDialog';

export interface CollectionActionsProps {
  draft: Draft;
  onReplaced: (d: Draft, notice: string) => void;
  /** Flushes the editor's pending autosave first, so the host works on what the clerk sees. */
  saveNow: () => Promise<void>;
}

export function CollectionActions(p: CollectionActionsProps) {
  const [busy, setBusy] = useState(false);
  const [word, setWord] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ files: ReturnedUpload[]; review: MergeReview } | null>(null);
  const [tableMerge, setTableMerge] = useState<{ file: ReturnedUpload; table: ParsedLedgerTable; rows: TableMergeRow[] } | null>(null);
  const onPickTable = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    setBusy(true);
    setError(null);
    try {
      const file = { name: f.name, base64: await readAsBase64(f) };
      const r = await api['ledger.diffTable']({ file, draft: p.draft });
      if (r.table.rows.length === 0) setError(`没有从“${f.name}”中识别出问题：${r.table.notes.join('；')}。请先用主工具栏的“从台账新建”核对各列。`);
      else setTableMerge({ file, ...r });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const collect = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await p.saveNow();
      const r = await api['ledger.collect']({ draft: p.draft, word });
      const lines = r.files.map((f) => deliverFile(f)).filter(Boolean);
      const units = [...new Set(r.files.map((f) => f.unit))];
      p.onReplaced(r.draft, `第 ${r.round} 轮进展征集：已为 ${r.units} 个责任单位生成征集表（${units.join('、')}）${word ? '，Excel 和 Word 版各一份' : ''}。${lines.length ? '' : '已取消保存。'}`);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  const onPick = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const list = [...(e.target.files ?? [])];
    e.target.value = '';
    if (list.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const files = await Promise.all(list.map(async (f) => ({ name: f.name, base64: await readAsBase64(f) })));
      setPending({ files, review: await api['ledger.reviewReturns']({ draft: p.draft, files }) });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const round = p.draft.collection?.round ?? 0;
  return (
    <div className="ledger-collect">
      <h3>台账更新与进展征集</h3>
      <p className="muted">{round ? `已进行 ${round} 轮。` : ''}为每个责任单位生成只含本单位问题的征集表；收回后一次选中所有退回的文件合并。</p>
      <button type="button" disabled={busy} onClick={() => void collect()}>生成各单位征集表</button>{' '}
      <label className="muted"><input type="checkbox" checked={word} onChange={(e) => setWord(e.target.checked)} /> 同时生成 Word 版</label>{' '}
      <label className={`file-pick inline${busy ? ' busy' : ''}`}>
        <input type="file" multiple className="visually-hidden" aria-label="选择退回的征集表" accept=".xlsx,.csv,.docx" disabled={busy} onChange={(e) => void onPick(e)} />
        <span className="file-pick-button" aria-hidden="true">合并退回的征集表…</span>
      </label>
      <p className="muted">整改方案的台账有了新版本（新增、修改了问题）时，可用它更新本文稿的台账，逐行选择是否采用。</p>
      <label className={`file-pick inline${busy ? ' busy' : ''}`}>
        <input type="file" className="visually-hidden" aria-label="选择用于更新的台账文件" accept=".xlsx,.xlsm,.docx,.csv,.txt,.xls,.et" disabled={busy} onChange={(e) => void onPickTable(e)} />
        <span className="file-pick-button" aria-hidden="true">从台账文件更新…</span>
      </label>
      {error && <p className="error-text" role="alert">{error}</p>}
      {tableMerge && (
        <TableMergeDialog
          draft={p.draft}
          {...tableMerge}
          saveNow={p.saveNow}
          onClose={() => setTableMerge(null)}
          onApplied={(d, n) => {
            setTableMerge(null);
            p.onReplaced(d, `已按台账文件更新 ${n} 行：整改台账、统计数和“需要进一步整改的事项”已随之更新。更新前的内容已另存为一个版本。`);
          }}
        />
      )}
      {pending && (
        <MergeReviewDialog
          draft={p.draft}
          files={pending.files}
          review={pending.review}
          onClose={() => setPending(null)}
          saveNow={p.saveNow}
          onApplied={(d, n) => {
            setPending(null);
            p.onReplaced(d, `已采用 ${n} 处进展更新：整改台账、统计数和“需要进一步整改的事项”已随之更新。合并前的内容已另存为一个版本。`);
          }}
        />
      )}
    </div>
  );
}
