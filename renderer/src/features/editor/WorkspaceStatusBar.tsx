// Bottom line while a draft is open: characters, problems by status, save state, host.
import { useMemo } from 'react';
import { computeCounts } from '../../../../core/common/model/counts';
import type { Draft } from '../../../../core/common/model/types';
import { printedText, toPrinted } from '../../../../core/common/render/printed';
import type { SaveState } from './useAutosave';

const SAVE_TEXT: Record<SaveState['kind'], string> = { saved: '已保存', pending: '正在保存…', saving: '正在保存…', error: '保存失败', conflict: '未保存：与别处保存的修改冲突，请在对话框中选择' };

export function WorkspaceStatusBar({ draft, save, host }: { draft: Draft; save: SaveState; host: string }) {
  const f = useMemo(() => {
    const chars = toPrinted(draft).reduce((n, p) => n + printedText(p).replace(/\s/g, '').length, 0);
    return { chars, c: computeCounts(draft.body) };
  }, [draft]);
  return (
    <footer className="status-bar">
      <span>字数 {f.chars}</span>
      <span>问题 {f.c.problems}（已完成 {f.c.done} · 基本完成 {f.c.mostlyDone} · 未完成 {f.c.notDone} · 未标明 {f.c.unknown}）</span>
      <span className={`save-state save-${save.kind === 'conflict' ? 'error' : save.kind}`} role="status" aria-label="保存状态">
        {SAVE_TEXT[save.kind]}{save.kind === 'error' ? `：${save.message}（稍后自动重试）` : ''}
      </span>
      <span className="spacer" />
      <span>{host}</span>
    </footer>
  );
}
