// 导入修改稿: pick the leader's edited Word file, review it, accept what should go into the draft. A file Qicao did
// not write can be compared by text or imported as a new draft.
import { useRef, useState } from 'react';
import { ApiError, type ReviewOpenOutput } from '../../../../core/common/api/contract';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { lazyComponent } from '../../components/lazy';
import { readAsBase64 } from '../import/read-file';
import type { ReviewChoice } from './ReviewDialog';
import './review.css';

// Shown only once a file is chosen: split from the first bundle (components/lazy.tsx).
const ReviewDialog = lazyComponent(() => import('./ReviewDialog').then((m) => m.ReviewDialog));

interface Props {
  draftId: string;
  /** Saves pending edits first, so the review and the accepted result start from the stored draft. */
  flush: () => Promise<unknown>;
  onAccepted: (draft: Draft, message: string) => void;
  onError: (message: string) => void;
}

export function ImportRevisedButton({ draftId, flush, onAccepted, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<ReviewOpenOutput | null>(null);
  const [foreign, setForeign] = useState<{ message: string; file: { name: string; base64: string } } | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async (file: { name: string; base64: string }, byText = false) => {
    setBusy(true);
    try {
      await flush();
      setOpened(await api['review.open']({ draftId, file, byText }));
      setForeign(null);
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'review-foreign' || e.code === 'review-other-draft')) setForeign({ message: e.message, file });
      else onError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const accept = async (c: ReviewChoice) => {
    if (!opened) return;
    setBusy(true);
    try {
      const r = await api['review.accept']({ reviewId: opened.reviewId, accept: c.accept, ledger: c.ledger, label: c.label });
      setOpened(null);
      onAccepted(r.draft, `已接受修改稿中的 ${r.applied} 处改动，并保存为“${r.version.label ?? c.label}”。${r.notes.join('')}`);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" disabled={busy} onClick={() => input.current?.click()} title="把领导在 Word/WPS 中修改（修订、批注）后的文件导回本文稿">导入修改稿</button>
      <input ref={input} type="file" accept=".docx,.doc,.wps" hidden aria-label="选择修改稿" data-testid="review-file"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f) return;
          try {
            await open({ name: f.name, base64: await readAsBase64(f) });
          } catch (err) {
            onError(err instanceof Error ? err.message : String(err));
          }
        }} />
      {opened && <ReviewDialog opened={opened} busy={busy} onAccept={(c) => void accept(c)} onClose={() => setOpened(null)} />}
      {foreign && (
        <Dialog title="无法逐处对照" onClose={() => setForeign(null)} actions={<>
          <button type="button" onClick={() => setForeign(null)}>取消</button>
          <button type="button" onClick={async () => {
            try {
              const r = await api['import.file'](foreign.file);
              setForeign(null);
              onError(`已把“${foreign.file.name}”导入为新文稿《${r.draft.fields.title ?? ''}》，可在文稿库中打开。`);
            } catch (e) {
              onError(e instanceof Error ? e.message : String(e));
            }
          }}>导入为新文稿</button>
          <button type="button" className="primary" onClick={() => void open(foreign.file, true)}>按文字与本文稿比较</button>
        </>}>
          <p>{foreign.message}</p>
        </Dialog>
      )}
    </>
  );
}
