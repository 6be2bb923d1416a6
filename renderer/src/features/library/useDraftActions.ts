// What the library's per-draft menu does; each action tells the frame what changed (refresh, open, close).
import { useCallback, useRef } from 'react';
import type { CarryForwardOutput, DraftListItem } from '../../../../core/common/api/contract';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import { errorText } from '../../components/format';
import { deliverFile } from '../export/deliver-file';

export type DraftAction =
  | { kind: 'status'; status: DraftListItem['status'] }
  | { kind: 'duplicate' | 'delete' | 'undelete' | 'carryForward' | 'saveAsTemplate' | 'exportFile' };

export interface DraftActionDeps {
  openId: string | null;
  /** Saves the open draft's pending edits (actions read the stored draft). */
  saveOpen: () => Promise<void>;
  onChanged: () => void;
  onOpenDraft: (d: Draft) => void;
  onClosed: () => void;
  onCarried: (r: CarryForwardOutput) => void;
  onAskTemplateName: (d: DraftListItem) => void;
  confirm: (r: ConfirmRequest) => Promise<boolean>;
  onNotice: (m: string) => void;
  onError: (m: string) => void;
}

export function useDraftActions(deps: DraftActionDeps) {
  const r = useRef(deps);
  r.current = deps;
  return useCallback((a: DraftAction, d: DraftListItem): void => {
    const x = r.current;
    const title = d.title || '（无标题）';
    const work = async (): Promise<void> => {
      if (d.id === x.openId && a.kind !== 'undelete') await x.saveOpen();
      switch (a.kind) {
        case 'status':
          await api['drafts.setStatus']({ id: d.id, status: a.status });
          x.onNotice(`已将“${title}”设为${a.status}。`);
          break;
        case 'duplicate':
          x.onOpenDraft(await api['drafts.duplicate']({ id: d.id }));
          x.onNotice(`已复制“${title}”，现在打开的是副本。`);
          break;
        case 'delete':
          if (!(await x.confirm({ title: '删除文稿', message: `把“${title}”移到回收站？可以在回收站中恢复。`, confirm: '删除', danger: true }))) return;
          await api['drafts.delete']({ id: d.id });
          if (d.id === x.openId) x.onClosed();
          x.onNotice(`已将“${title}”移到回收站。`);
          break;
        case 'undelete':
          await api['drafts.undelete']({ id: d.id });
          x.onNotice(`已恢复“${title}”。`);
          break;
        case 'carryForward':
          x.onCarried(await api['drafts.carryForward']({ id: d.id }));
          break;
        case 'saveAsTemplate':
          x.onAskTemplateName(d);
          return;
        case 'exportFile': {
          const line = deliverFile(await api['drafts.exportFile']({ id: d.id }));
          if (line) x.onNotice(line);
          return;
        }
      }
      x.onChanged();
    };
    work().catch((e: unknown) => x.onError(errorText(e)));
  }, []);
}
