// 版本: what was kept (自动/里程碑/导出/恢复), marking milestones, reading an old version, comparing it with the
// current text and going back to it; for a draft started from last year's, 与上年文稿比较.
import { useState } from 'react';
import type { VersionItem } from '../../../../core/common/api/contract';
import type { DraftDiff } from '../../../../core/common/diff';
import { draftParagraphs } from '../../../../core/common/diff';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { errorText, formatTime } from '../../components/format';
import { useAsync } from '../../useAsync';
import { DiffView } from './DiffView';

const KIND: Record<VersionItem['kind'], string> = { auto: '自动', milestone: '里程碑', export: '导出', restore: '恢复' };
const MILESTONES = ['讨论稿', '送审稿', '定稿'] as const;
const LIBRARY_STATUS: Record<(typeof MILESTONES)[number], '送审' | '定稿' | null> = { 讨论稿: null, 送审稿: '送审', 定稿: '定稿' };

export interface VersionsPanelProps {
  draftId: string;
  /** The draft this one was started from (以此为基础新建下一年度): offers 与上年文稿比较. */
  basedOn?: Draft['basedOn'];
  /** Bumped by the workspace when a version was made elsewhere (Ctrl+S, an export). */
  refresh: number;
  saveNow: () => Promise<void>;
  onRestored: (d: Draft) => void;
  confirm: (r: { title: string; message: string; confirm: string }) => Promise<boolean>;
  onError: (m: string) => void;
  /** A milestone was marked (and the library status set to match, when there is one). */
  onMarked?: (label: string, status: string | null) => void;
}

type Shown =
  | { kind: 'view'; v: VersionItem; paragraphs: string[] }
  | { kind: 'diff'; v: VersionItem; diff: DraftDiff }
  | { kind: 'previous'; title: string; diff: DraftDiff };

export function VersionsPanel(p: VersionsPanelProps) {
  const [local, setLocal] = useState(0);
  const list = useAsync(() => api['versions.list']({ draftId: p.draftId }), [p.draftId, p.refresh, local]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [onlyChanges, setOnlyChanges] = useState(true);

  const act = (work: () => Promise<void>) => () => void work().catch((e: unknown) => p.onError(errorText(e)));
  const milestone = (label: (typeof MILESTONES)[number]) => act(async () => {
    await p.saveNow();
    await api['versions.milestone']({ draftId: p.draftId, label });
    // The library's 状态 (草稿/送审/定稿) says the same thing in its own words: keep the two in step.
    const status = LIBRARY_STATUS[label];
    if (status) await api['drafts.setStatus']({ id: p.draftId, status });
    setLocal((n) => n + 1);
    p.onMarked?.(label, status);
  });
  const view = (v: VersionItem) => act(async () => {
    const r = await api['versions.get']({ versionId: v.id });
    setShown({ kind: 'view', v, paragraphs: draftParagraphs(r.draft) });
  });
  const compare = (v: VersionItem) => act(async () => {
    await p.saveNow();
    setShown({ kind: 'diff', v, diff: await api['versions.diff']({ draftId: p.draftId, from: v.id, to: 'current' }) });
  });
  const comparePrevious = act(async () => {
    await p.saveNow();
    const r = await api['versions.diffPrevious']({ draftId: p.draftId });
    setShown({ kind: 'previous', title: `${r.previous.year ? `${r.previous.year}年 ` : ''}${r.previous.title || '（无标题）'}`, diff: r.diff });
  });
  const restore = (v: VersionItem) => act(async () => {
    const ok = await p.confirm({
      title: '恢复此版本',
      message: `把文稿恢复为 ${formatTime(v.createdAt)} 的版本${v.label ? `（${v.label}）` : ''}？现在的内容会先另存为一个版本，随时可以再恢复回来。`,
      confirm: '恢复',
    });
    if (!ok) return;
    await p.saveNow();
    const d = await api['versions.restore']({ versionId: v.id });
    setShown(null);
    p.onRestored(d);
  });

  return (
    <div className="versions-panel">
      <div className="versions-head">
        <span>标记当前文稿为：</span>
        {MILESTONES.map((m) => <button key={m} type="button" onClick={milestone(m)}>{m}</button>)}
      </div>
      {p.basedOn && (
        <div className="versions-previous">
          <span>以上年文稿“{p.basedOn.title || '（无标题）'}”为基础新建</span>
          <button type="button" onClick={comparePrevious}>与上年文稿比较</button>
        </div>
      )}
      {list.error && <p className="error-text">{list.error}</p>}
      {list.value?.length === 0 && <p className="empty-hint">还没有版本。编辑后会自动保存版本，也可以按 Ctrl+S 保存一个版本。</p>}
      <ul className="version-list" aria-label="版本列表">
        {list.value?.map((v) => (
          <li key={v.id} className={`version kind-${v.kind}`}>
            <div className="version-line">
              <span className="version-time">{formatTime(v.createdAt)}</span>
              <span className={`badge kind-${v.kind}`}>{KIND[v.kind]}</span>
              {v.label && <span className="version-label">{v.label}</span>}
              <span className="version-chars">{v.chars} 字</span>
            </div>
            <div className="version-actions">
              <button type="button" onClick={view(v)}>查看</button>
              <button type="button" onClick={compare(v)}>与当前比较</button>
              <button type="button" onClick={restore(v)}>恢复此版本</button>
            </div>
          </li>
        ))}
      </ul>
      {shown && (
        <Dialog
          wide
          title={shown.kind === 'previous'
            ? `与上年文稿比较：${shown.title}`
            : `${shown.kind === 'view' ? '查看版本' : '与当前文稿比较'}：${formatTime(shown.v.createdAt)}${shown.v.label ? ` ${shown.v.label}` : ''}`}
          onClose={() => setShown(null)}
          actions={
            <>
              {shown.kind !== 'view' && (
                <label className="check-row"><input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />只看改动</label>
              )}
              {shown.kind !== 'previous' && <button type="button" onClick={restore(shown.v)}>恢复此版本</button>}
              <button type="button" className="primary" onClick={() => setShown(null)}>关闭</button>
            </>
          }
        >
          {shown.kind === 'view'
            ? <div className="version-text" aria-label="版本内容">{shown.paragraphs.map((t, i) => <p key={i}>{t}</p>)}</div>
            : <DiffView diff={shown.diff} onlyChanges={onlyChanges} />}
        </Dialog>
      )}
    </div>
  );
}
