// 整改台账: the ledger as a table; a view of the document (principle 1), so editing a cell edits the problem.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useMemo, useState } from 'react';
import { computeCounts } from '../../../../core/common/model/counts';
import { inlineText } from '../../../../core/common/model/fields';
import { draftNumbering } from '../../../../core/common/model/numbering';
import { STATUSES, STATUS_LABEL } from '../../../../core/common/model/status';
import type { Draft, ProblemStatus } from '../../../../core/common/model/types';
import { ledgerProblems } from '../../../../core/common/model/walk';
import { CommitInput } from '../../components/CommitInput';
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
  const { rows, counts } = useMemo(() => {
    const counts = computeCounts(draft.body);
    const numbering = draftNumbering(draft);
    const ctx = { draft, counts };
    const rows = ledgerProblems(draft.body).map(({ problem, ancestors }) => {
      const aspect = ancestors.find((a) => a.role === 'aspect');
      return {
        p: problem,
        ordinal: numbering.get(problem.id) ?? '',
        title: inlineText(problem.title, ctx),
        aspect: aspect ? `${numbering.get(aspect.id) ?? ''}${inlineText(aspect.heading, ctx)}` : '',
      };
    });
    return { rows, counts };
  }, [draft]);
  const patch = (p: ProblemPatch): void => {
    editor.dispatchCommand(PATCH_PROBLEM_COMMAND, p);
  };
  const shown = rows.filter((r) => filter === 'all' || r.p.status === filter);
  let lastAspect = '';
  return (
    <div className="ledger-panel">
      <p className="ledger-summary" aria-label="台账统计">
        {counts.aspects} 个方面 · {counts.problems} 个问题 · {counts.measures} 项措施<br />
        已完成 {counts.done} · 基本完成 {counts.mostlyDone} · 未完成 {counts.notDone} · 未标明 {counts.unknown} · 完成率 <b data-count="completionRate">{counts.completionRate}%</b>
      </p>
      <label className="ledger-filter">按状态筛选
        <select aria-label="按状态筛选" value={filter} onChange={(e) => setFilter(e.target.value as ProblemStatus | 'all')}>
          <option value="all">全部（{rows.length}）</option>
          {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}（{rows.filter((r) => r.p.status === s).length}）</option>)}
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
                <td><CommitInput aria-label="责任单位" placeholder="填写" value={r.p.unit ?? ''} onCommit={(v) => patch({ id: r.p.id, unit: v })} /></td>
                <td><CommitInput aria-label="完成时限" placeholder="填写" value={r.p.deadline ?? ''} onCommit={(v) => patch({ id: r.p.id, deadline: v })} /></td>
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
