// Bottom line while a draft is open: 字数, the ledger's figures, save state, host — all computed in core/common/view.
import { useMemo } from 'react';
import type { Draft } from '../../../../core/common/model/types';
import { charCount } from '../../../../core/common/view/char-count';
import { ledgerFigures } from '../../../../core/common/view/figures';
import { LedgerFiguresText } from '../../components/LedgerFiguresText';
import type { SaveState } from './useAutosave';

const SAVE_TEXT: Record<SaveState['kind'], string> = { saved: '已保存', pending: '正在保存…', saving: '正在保存…', error: '保存失败', conflict: '未保存：与别处保存的修改冲突，请在对话框中选择' };

export function WorkspaceStatusBar({ draft, save, host }: { draft: Draft; save: SaveState; host: string }) {
  const f = useMemo(() => ({ chars: charCount(draft), figures: ledgerFigures(draft.body) }), [draft]);
  return (
    <footer className="status-bar">
      <span aria-label="字数">字数 {f.chars}</span>
      <span aria-label="问题统计"><LedgerFiguresText figures={f.figures} /></span>
      <span className={`save-state save-${save.kind === 'conflict' ? 'error' : save.kind}`} role="status" aria-label="保存状态">
        {SAVE_TEXT[save.kind]}{save.kind === 'error' ? `：${save.message}（稍后自动重试）` : ''}
      </span>
      <span className="spacer" />
      <span>{host}</span>
    </footer>
  );
}
