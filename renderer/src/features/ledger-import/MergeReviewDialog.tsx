// 合并征集表: the returned workbooks reviewed before anything changes — what each unit reported, per problem, with
// every conflict (two units on one problem, a locked cell edited, an old round, another draft) left for the clerk.
import { useState } from 'react';
import type { MergeReview } from '../../../../core/common/ledger-table';
import { STATUS_LABEL } from '../../../../core/common/model/status';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/format';

export interface ReturnedUpload {
  name: string;
  base64: string;
}

export interface MergeReviewDialogProps {
  draft: Draft;
  files: ReturnedUpload[];
  review: MergeReview;
  saveNow: () => Promise<void>;
  onApplied: (d: Draft, applied: number) => void;
  onClose: () => void;
}

const VERDICT: Record<string, string> = { ok: '', 'no-meta': '自制表格', 'other-draft': '不属于本文稿', 'old-round': '旧轮次', 'newer-round': '轮次较新', 'no-rows': '无内容' };

export function MergeReviewDialog(p: MergeReviewDialogProps) {
  const [chosen, setChosen] = useState(() => new Set(p.review.updates.filter((u) => u.accept).map((u) => u.key)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = (key: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };
  const apply = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await p.saveNow();
      const r = await api['ledger.applyReturns']({ draft: p.draft, files: p.files, accepted: [...chosen] });
      p.onApplied(r.draft, r.applied);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  const r = p.review;
  return (
    <Dialog
      wide
      title={`合并退回的征集表（第 ${r.round} 轮）`}
      onClose={p.onClose}
      className="merge-review-dialog"
      actions={
        <>
          <button type="button" onClick={p.onClose}>取消</button>
          <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => void apply()}>采用所选 {chosen.size} 处更新</button>
        </>
      }
    >
      <p role="status">收到 {r.files.length} 个文件，{r.updates.length} 处更新，{r.unchanged} 行无变化{r.conflicts ? `，${r.conflicts} 处需要核对` : ''}。有冲突的更新默认不采用，请逐条核对。</p>
      <ul className="merge-files" aria-label="收到的文件">
        {r.files.map((f) => (
          <li key={f.file} className={f.verdict === 'ok' ? '' : 'warn'}>
            {f.file}（{f.unit}，{f.rows} 行）{VERDICT[f.verdict] ? <b> · {VERDICT[f.verdict]}</b> : null}{f.message ? `：${f.message}` : ''}
          </li>
        ))}
      </ul>
      {error && <p className="error-text" role="alert">{error}</p>}
      <div className="ledger-preview-scroll">
        <table className="ledger-rows" aria-label="进展更新">
          <thead><tr><th>采用</th><th>单位</th><th>问题</th><th>状态</th><th>本期进展</th><th>核对</th></tr></thead>
          <tbody>
            {r.updates.map((u) => (
              <tr key={u.key} className={u.conflicts.length ? 'conflict' : ''}>
                <td><input type="checkbox" aria-label={`采用${u.unit}对“${u.title}”的更新`} checked={chosen.has(u.key)} disabled={!u.problemId} onChange={(e) => toggle(u.key, e.target.checked)} /></td>
                <td>{u.unit}</td>
                <td className="wide">{u.title}{u.match === 'text' ? <span className="muted">（按文字匹配）</span> : null}</td>
                <td>{u.after.status ? `${STATUS_LABEL[u.before.status]} → ${STATUS_LABEL[u.after.status]}` : STATUS_LABEL[u.before.status]}</td>
                <td className="wide">{u.after.progress}{u.after.evidence ? <div className="muted">佐证：{u.after.evidence}</div> : null}</td>
                <td>{u.conflicts.map((c) => <div key={c.message} className="error-text">{c.message}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
