// 按整改台账生成“需进一步整改”部分 from the ledger panel: asks first when text written for problems the ledger no longer
// lists would be dropped (core/common/model/further.ts decides which), then swaps 三 in as one undoable step.
import type { LexicalEditor } from 'lexical';
import { type MutableRefObject, useCallback } from 'react';
import { furtherWouldDrop } from '../../../../core/common/model/further';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import type { DraftSession } from '../../editor/session';
import { regenerateFurther } from './further';

export function useRegenerateFurther(
  editorRef: MutableRefObject<LexicalEditor | null>,
  session: DraftSession,
  confirm: (r: ConfirmRequest) => Promise<boolean>,
  onNotice: (n: string) => void,
): () => Promise<void> {
  return useCallback(async () => {
    const editor = editorRef.current;
    if (!editor) return;
    const dropped = furtherWouldDrop(session.snapshot().body);
    if (dropped.length) {
      const chars = dropped.reduce((n, d) => n + d.chars, 0);
      const names = dropped.slice(0, 4).map((d) => `“${d.title.replace(/[。；]$/u, '')}”`).join('、') + (dropped.length > 4 ? '等' : '');
      const ok = await confirm({
        title: '重新生成“需进一步整改”部分',
        message: `“需进一步整改”部分现有 ${dropped.length} 个问题在整改台账中没有标为基本完成、正在推进或未完成：${names}。重新生成会删去这些问题和已写的约 ${chars} 字。如果它们仍需整改，请先在台账中设置状态。`,
        confirm: '仍要生成',
      });
      if (!ok) return;
    }
    const n = regenerateFurther(editor, session.snapshot());
    onNotice(n ? `已按整改台账生成“需进一步整改”部分：${n} 个问题（已写的原因和措施保留）。可以用“撤销”恢复。` : '台账中的问题都已完成整改，“需进一步整改”部分已清空。可以用“撤销”恢复。');
  }, [editorRef, session, confirm, onNotice]);
}
