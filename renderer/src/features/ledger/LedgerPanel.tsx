// 整改台账: the ledger as a table; a view of the document (principle 1), so editing a cell edits the problem.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useMemo, useState } from 'react';
import { STATUSES, STATUS_LABEL } from '../../../../core/common/model/status';
import type { Draft, ProblemStatus } from '../../../../core/common/model/types';
import { ledgerFigures } from '../../../../core/common/view/figures';
import { ledgerViewRows } from '../../../../core/common/view/outline';
import { CommitInput } from '../../components/CommitInput';
import { LedgerFiguresText } from '../../components/LedgerFiguresText';
import { PATCH_PROBLEM_COMMAND, type ProblemPatch, REVEAL_BLOCK_COMMAND } from '../../editor/commands/editor-commands';
import { CollectionActions } from '../ledger-import/CollectionActions';

export interface LedgerPanelProps {
  draft: Draft;
  onRegenerateFurther?: () => void;
  /** The host replaced the draft (a collection round recorded, returns merged): reopen it with this notice. */
  onReplaced?: (d: Draft, notice: string) => void;
  saveNow?: () => Promise<void>;
}

export function LedgerPanel({ draft, onRegenerateFurther, onReplaced, saveNow }: LedgerPanelProps) {
  const [editor] = useLexicalComposerContext();
  const [filter, setFilter] = useState<ProblemStatus | 'all'>('all');
  const { rows, figures } = useMemo(() => ({
    rows: ledgerViewRows(draft).map((r) => ({ ...r, p: r.problem })),
    figures: ledgerFigures(draft.body),
  }), [draft]);
  const patch = (p: ProblemPatch): void => {
    editor.dispatchCommand(PATCH_PROBLEM_COMMAND, p);
  };
  const shown = rows.filter((r) => filter === 'all' || r.p.status === filter);
  let lastAspect = '';
  return (
    <div className="ledger-panel">
      <p className="ledger-summary" aria-label="台账统计">
        {figures.aspects} 个方面 · {figures.problems} 个问题 · {figures.measures} 项措施<br />
        <LedgerFiguresText figures={figures} />
      </p>
      <label className="ledger-filter">按状态筛选
        <select aria-label="按状态筛选" value={filter} onChange={(e) => setFilter(e.target.value as ProblemStatus | 'all')}>
          <option value="all">全部（{figures.problems}）</option>
          {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}（{figures.byStatus[s]}）</option>)}
        </select>
      </label>
      <table className="ledger" aria-label="整改台账">
        <thead>
          <tr><th>序号</th><th>问题</th><th>措施</th><th>状态</th><th>责任单位</th><th>完成时限</th></tr>
        </thead>
        <tbody>
          {shown.flatMap((r) => {
            const out = [];
            if (r.aspect !== lastAspect) {
              lastAspect = r.aspect;
              out.push(<tr key={`a-${r.p.id}`} className="ledger-aspect"><td colSpan={6}>{r.aspect || '（未分方面）'}</td></tr>);
            }
            out.push(
              <tr key={r.p.id} data-problem={r.p.id} className={`status-${r.p.status}`}>
                <td>{r.ordinal}</td>
                <td>
                  <button type="button" className="link" title="在正文中定位" onClick={() => {
                    editor.dispatchCommand(REVEAL_BLOCK_COMMAND, r.p.id);
                    editor.focus();
                  }}>{r.title || '（未填写问题）'}</button>
                </td>
                <td className="num">{r.p.measures.length}</td>
                <td>
                  <select aria-label="整改状态" value={r.p.status} onChange={(e) => patch({ id: r.p.id, status: e.target.value as ProblemStatus })}>
                    {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
                  </select>
                </td>
                <td><CommitInput multiline aria-label="责任单位" placeholder="填写" value={r.p.unit ?? ''} onCommit={(v) => patch({ id: r.p.id, unit: v })} /></td>
                <td><CommitInput multiline aria-label="完成时限" placeholder="填写" value={r.p.deadline ?? ''} onCommit={(v) => patch({ id: r.p.id, deadline: v })} /></td>
              </tr>,
            );
            return out;
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty-hint">还没有具体问题。在“整改情况”中按 Ctrl+Enter 新增问题。</p>}
      {onRegenerateFurther && rows.length > 0 && draft.docType === 'rectification' && (
        <div className="ledger-further">
          <button type="button" onClick={onRegenerateFurther}>按整改台账生成“需进一步整改”部分</button>
          <p className="muted">列出基本完成、正在推进和未完成的问题；已写的原因和下一步措施保留。</p>
        </div>
      )}
      {onReplaced && saveNow && rows.length > 0 && <CollectionActions draft={draft} onReplaced={onReplaced} saveNow={saveNow} />}
    </div>
  );
}
