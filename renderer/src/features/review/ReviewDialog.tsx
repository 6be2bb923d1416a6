// 修改稿 review: every change the leader made, grouped by where it lands, shown inline (deleted struck through,
// inserted underlined) with author and time, comments at their place; accept or reject per change, per place, or all.
import { useMemo, useState } from 'react';
import type { ReviewOpenOutput } from '../../../../core/common/api/contract';
// The review's types and grouping only: the package reader (jszip, saxes) stays on the host.
import { groupReview, shortTime } from '../../../../core/common/review/groups';
import { KIND_LABEL, type ReviewChange } from '../../../../core/common/review/types';
import { Dialog } from '../../components/Dialog';

export interface ReviewChoice {
  accept: string[];
  ledger: Record<string, 'text' | 'keep' | 'ledger'>;
  label: '签发稿' | '修改稿';
}

interface Props {
  opened: ReviewOpenOutput;
  busy: boolean;
  onAccept: (c: ReviewChoice) => void;
  onClose: () => void;
}

const CHOICE_LABEL = { text: '按修改稿保留所写数字', keep: '保留台账计算值', ledger: '更新台账状态' } as const;

function ChangeRow({ c, on, onToggle, choice, onChoice }: {
  c: ReviewChange; on: boolean; onToggle: (v: boolean) => void;
  choice: 'text' | 'keep' | 'ledger' | undefined; onChoice: (v: 'text' | 'keep' | 'ledger') => void;
}) {
  const who = c.tracked ? [c.author || '未署名', shortTime(c.date)].filter(Boolean).join(' · ') : '未留修订痕迹（与导出稿比对发现）';
  return (
    <li className={`review-change${on ? ' accepted' : ' rejected'}${c.applicable ? '' : ' report-only'}`} data-change={c.id}>
      <label className="review-check">
        <input type="checkbox" checked={on} disabled={!c.applicable} onChange={(e) => onToggle(e.target.checked)} aria-label={`接受${KIND_LABEL[c.kind]}`} />
        <span className="review-kind">{KIND_LABEL[c.kind]}</span>
        <span className="review-unit">{c.unitLabel}</span>
        <span className="review-who">{who}</span>
      </label>
      <p className="review-text">
        {c.before && <span className="ctx">…{c.before}</span>}
        {c.deleted && <del>{c.deleted}</del>}
        {c.inserted && <ins>{c.inserted}</ins>}
        {c.after && <span className="ctx">{c.after}…</span>}
      </p>
      {c.note && <p className="review-note">{c.note}</p>}
      {c.ledger && (
        <div className="review-ledger" role="group" aria-label="台账">
          <p>{c.ledger.message}</p>
          {c.ledger.choices.map((k) => (
            <label key={k}>
              <input type="radio" name={`ledger-${c.id}`} checked={(choice ?? c.ledger!.defaultChoice) === k} disabled={!on} onChange={() => onChoice(k)} />
              {CHOICE_LABEL[k]}
            </label>
          ))}
        </div>
      )}
    </li>
  );
}

export function ReviewDialog({ opened, busy, onAccept, onClose }: Props) {
  const { review } = opened;
  const groups = useMemo(() => groupReview(review), [review]);
  const applicable = useMemo(() => review.changes.filter((c) => c.applicable).map((c) => c.id), [review]);
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set(applicable));
  const [ledger, setLedger] = useState<Record<string, 'text' | 'keep' | 'ledger'>>({});
  const [label, setLabel] = useState<'签发稿' | '修改稿'>('签发稿');
  const set = (ids: string[], on: boolean) => setAccepted((prev) => {
    const next = new Set(prev);
    for (const id of ids) {
      if (!applicable.includes(id)) continue;
      if (on) next.add(id);
      else next.delete(id);
    }
    return next;
  });
  const c = review.counts;
  return (
    <Dialog
      title={`导入修改稿：${review.fileName}`}
      wide
      className="review-dialog"
      onClose={onClose}
      actions={<>
        <label className="review-label">保存为
          <select value={label} onChange={(e) => setLabel(e.target.value as '签发稿' | '修改稿')}>
            <option value="签发稿">签发稿</option>
            <option value="修改稿">修改稿</option>
          </select>
        </label>
        <button type="button" onClick={onClose}>取消（不作改动）</button>
        <button type="button" className="primary" disabled={busy || !review.changes.length}
          onClick={() => onAccept({ accept: [...accepted], ledger, label })}>
          接受所选改动（{accepted.size}/{applicable.length}）
        </button>
      </>}
    >
      <p className="review-summary">
        修订 {c.tracked} 处，未留修订痕迹的改动 {c.untracked} 处，格式修改 {c.format} 处（只报告），批注 {c.comments} 条{c.ledger ? `，涉及台账 ${c.ledger} 处` : ''}。
        接受之前文稿不会改变。
      </p>
      {review.notes.map((n) => <p key={n} className="review-notice" role="note">{n}</p>)}
      <div className="review-all">
        <button type="button" onClick={() => set(applicable, true)}>全部接受</button>
        <button type="button" onClick={() => set(applicable, false)}>全部拒绝</button>
      </div>
      <div className="review-groups">
        {groups.map((g) => {
          const ids = g.changes.map((x) => x.id);
          return (
            <section key={g.key} className="review-group">
              <header>
                <h3>{g.place.length ? g.place.join(' › ') : '标题与导语'}</h3>
                {ids.length > 0 && <span>
                  <button type="button" onClick={() => set(ids, true)}>接受本处</button>
                  <button type="button" onClick={() => set(ids, false)}>拒绝本处</button>
                </span>}
              </header>
              <ul>
                {g.changes.map((x) => (
                  <ChangeRow key={x.id} c={x} on={accepted.has(x.id)} onToggle={(v) => set([x.id], v)}
                    choice={ledger[x.id]} onChoice={(v) => setLedger((l) => ({ ...l, [x.id]: v }))} />
                ))}
              </ul>
              {g.comments.map((m) => (
                <div key={m.id} className="review-comment" data-comment={m.id}>
                  <p><b>批注</b> {m.author || '未署名'}{m.date ? ` · ${shortTime(m.date)}` : ''}{m.done ? ' · 已解决' : ''}</p>
                  {m.quote && <blockquote>{m.quote}</blockquote>}
                  <p>{m.text}</p>
                  {m.replies.map((re) => <p key={re.id} className="review-reply">回复 {re.author}{re.date ? ` · ${shortTime(re.date)}` : ''}：{re.text}</p>)}
                </div>
              ))}
            </section>
          );
        })}
      </div>
    </Dialog>
  );
}
