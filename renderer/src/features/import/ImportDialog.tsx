// 导入: a published notice (file or pasted text) becomes a new draft; the clerk reads the report first and then opens
// the draft or throws it away. A draft file (.qicao.json) from a colleague is taken in as it is.
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import type { ImportOutput } from '../../../../core/common/api/contract';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/format';
import { ImportReportView } from './ImportReportView';
import { isDraftFile, readAsBase64 } from './read-file';

export interface PendingFile {
  name: string;
  base64: string;
}

type Result = { kind: 'notice'; out: ImportOutput } | { kind: 'draft'; draft: Draft; note: string };

export interface ImportDialogProps {
  /** A file the host already read (打开, drag and drop): imported at once. */
  file?: PendingFile | null;
  onOpen: (d: Draft) => void;
  onChanged: () => void;
  onClose: () => void;
}

export function ImportDialog(p: ImportDialogProps) {
  const [way, setWay] = useState<'file' | 'paste'>('file');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const started = useRef(false);

  const run = async (work: () => Promise<Result>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setResult(await work());
      p.onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const importBytes = (f: PendingFile) => run(async () => {
    if (isDraftFile(f.name)) {
      const r = await api['drafts.importFile'](f);
      const notes = [r.migratedFrom !== null ? '文稿文件来自较早版本的起草，已转换为当前格式。' : '', r.renumbered ? '文稿与本机已有文稿重复，已作为新文稿导入。' : ''];
      return { kind: 'draft', draft: r.draft, note: notes.filter(Boolean).join('') };
    }
    return { kind: 'notice', out: await api['import.file'](f) };
  });

  useEffect(() => {
    if (p.file && !started.current) {
      started.current = true;
      void importBytes(p.file);
    }
  });

  const onPick = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    setPicked(f.name);
    try {
      await importBytes({ name: f.name, base64: await readAsBase64(f) });
    } catch (err) {
      setError(errorText(err));
    }
  };
  const draft = result ? (result.kind === 'notice' ? result.out.draft : result.draft) : null;
  const reject = async (): Promise<void> => {
    if (!draft) return;
    try {
      await api['drafts.delete']({ id: draft.id });
      p.onChanged();
      p.onClose();
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (result && draft) {
    return (
      <Dialog
        wide
        title="导入结果"
        onClose={p.onClose}
        className="import-dialog"
        actions={
          <>
            <button type="button" className="danger" onClick={() => void reject()}>删除</button>
            <button type="button" className="primary" onClick={() => p.onOpen(draft)}>打开文稿</button>
          </>
        }
      >
        {error && <p className="error-text" role="alert">{error}</p>}
        {result.kind === 'notice'
          ? <ImportReportView report={result.out.report} text={result.out.reportText} />
          : <p>已导入文稿文件：<b>{draft.fields.title || '（无标题）'}</b>。{result.note}</p>}
        <p className="muted">请先核对识别结果：打开文稿继续编辑；识别有误可删除（移到回收站），再换一种方式导入。</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      wide
      title="导入已发布的通报"
      onClose={p.onClose}
      className="import-dialog"
      actions={
        <>
          <button type="button" onClick={p.onClose}>取消</button>
          {way === 'paste' && (
            <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => void run(async () => ({ kind: 'notice', out: await api['import.text']({ text }) }))}>
              {busy ? '正在识别…' : '识别并导入'}
            </button>
          )}
        </>
      }
    >
      <div className="tabs inline" role="tablist" aria-label="导入方式">
        <button type="button" role="tab" aria-selected={way === 'file'} className={way === 'file' ? 'on' : ''} onClick={() => setWay('file')}>选择文件</button>
        <button type="button" role="tab" aria-selected={way === 'paste'} className={way === 'paste' ? 'on' : ''} onClick={() => setWay('paste')}>粘贴全文</button>
      </div>
      {way === 'file' ? (
        <div className="import-file">
          <p>支持网页上保存的文字（.txt、.htm）、Word 文件（.docx）和同事发来的文稿文件（.qicao.json）。</p>
          {/* The browser's own file button speaks the browser's language ("Choose File"): ours is hidden behind a
              Chinese button, and the chosen file's name is shown beside it. */}
          <label className={`file-pick${busy ? ' busy' : ''}`}>
            <input type="file" className="visually-hidden" aria-label="选择要导入的文件" accept=".txt,.docx,.htm,.html,.qicao.json" disabled={busy} onChange={(e) => void onPick(e)} />
            <span className="file-pick-button" aria-hidden="true">选择文件…</span>
            <span className="file-pick-name">{picked ?? '尚未选择文件'}</span>
          </label>
          {busy && <p className="note" role="status">正在识别“{picked}”…</p>}
        </div>
      ) : (
        <textarea className="import-paste" aria-label="粘贴通报全文" rows={14} placeholder="从网页或 Word 中复制通报全文，粘贴到这里。" value={text} onChange={(e) => setText(e.target.value)} />
      )}
      {error && <p className="error-text" role="alert">{error}</p>}
    </Dialog>
  );
}
