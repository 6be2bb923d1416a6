// What 以此为基础新建下一年度 did: the year rolled, which fields changed, what happened to the problems, and how many
// figures in the carried text still need this year's numbers.
import type { CarryForwardOutput } from '../../../../core/common/api/contract';
import { Dialog } from '../../components/Dialog';

const ACTION: Record<string, string> = { rolled: '顺延一年', cleared: '已清空，待填写', moved: '已调整', kept: '沿用' };

export function CarryForwardDialog({ r, onOpen, onClose }: { r: CarryForwardOutput; onOpen: () => void; onClose: () => void }) {
  const { kept, collapsed, dropped } = r.problems;
  const changes = r.fieldChanges.filter((c) => c.action !== 'kept');
  return (
    <Dialog
      title="已新建下一年度文稿"
      onClose={onClose}
      className="carry-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>稍后再看</button>
          <button type="button" className="primary" onClick={onOpen}>打开新文稿</button>
        </>
      }
    >
      <p className="carry-years">年度 <b>{r.fromYear}</b> → <b>{r.toYear}</b></p>
      {changes.length > 0 && (
        <>
          <h3>字段</h3>
          <ul className="carry-fields">
            {changes.map((c) => (
              <li key={c.key}>
                <span className="field-label">{c.label}</span>：{c.before || '（空）'} → {c.after ?? '（空）'}
                <span className="muted">（{ACTION[c.action] ?? c.action}）</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>具体问题</h3>
      <p>
        保留 {kept} 个{collapsed > 0 ? `，${collapsed} 个已完成的问题合并为一句` : ''}{dropped.length > 0 ? `，删去 ${dropped.length} 个已完成的问题` : ''}。
      </p>
      {dropped.length > 0 && (
        <details>
          <summary>删去的问题</summary>
          <ul>{dropped.map((d, i) => <li key={i}>{d.title}</li>)}</ul>
        </details>
      )}
      <p className={r.statistics.length ? 'warn-box' : 'note'}>
        {r.statistics.length
          ? <><b>{r.statistics.length} 处统计数据待更新</b>：沿用的文字已标为“未更新”，其中的数字和日期已突出显示，改写后标记消失。</>
          : '沿用的文字已标为“未更新”，改写后标记消失。'}
      </p>
      <p className="muted">请逐段改写，不要只更新统计数据（巡察常把“总结雷同”列为问题）。</p>
    </Dialog>
  );
}
