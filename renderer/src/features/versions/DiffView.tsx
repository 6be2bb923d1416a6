// A version compared with another state: paragraph by paragraph, inserted and deleted characters marked.
import type { DraftDiff } from '../../../../core/common/diff';

export function DiffView({ diff, onlyChanges }: { diff: DraftDiff; onlyChanges: boolean }) {
  const { stats } = diff;
  const paras = diff.paragraphs.filter((p) => !onlyChanges || p.kind !== 'same');
  return (
    <div className="diff-view">
      <p className="diff-stats" aria-label="差异统计">
        改动 {stats.changed} 段 · 新增 {stats.added} 段 · 删除 {stats.removed} 段 · 增加 {stats.charsInserted} 字 · 删去 {stats.charsDeleted} 字
      </p>
      {paras.length === 0 && <p className="empty-hint">两者内容相同。</p>}
      {paras.map((p, i) => (
        <p key={i} className={`diff-para diff-${p.kind}`}>
          {p.kind === 'changed' && p.spans
            ? p.spans.map((s, j) => (s.op === 'insert' ? <ins key={j}>{s.text}</ins> : s.op === 'delete' ? <del key={j}>{s.text}</del> : <span key={j}>{s.text}</span>))
            : p.kind === 'added' ? <ins>{p.after}</ins> : p.kind === 'removed' ? <del>{p.before}</del> : p.after}
        </p>
      ))}
    </div>
  );
}
