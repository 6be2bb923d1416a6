// 导出 Word / PDF: the options (公开版/内部版, 印章, 字体方案, 版式), a note on fonts this machine lacks, and the
// proofreading warning before the file is made (it warns, it never blocks: the leader may be waiting).
import { useEffect, useState } from 'react';
import { FONT_PROFILES } from '../../../../core/common/layout/fonts';
import { BUILTIN_PRESETS } from '../../../../core/common/layout/gbt9704';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { type DocKind, type LayoutChoice, fontNoteDue } from './export-options';

export type ExportStep = { kind: 'options' } | { kind: 'warn'; errors: number } | { kind: 'busy' };

export interface ExportDialogProps {
  doc: DocKind;
  initial: LayoutChoice;
  step: ExportStep;
  onExport: (o: LayoutChoice, despiteErrors: boolean) => void;
  onShowChecks: () => void;
  onClose: () => void;
}

const NAME: Record<DocKind, string> = { docx: 'Word', pdf: 'PDF' };

export function ExportDialog(p: ExportDialogProps) {
  const [o, setO] = useState(p.initial);
  const [fontNote, setFontNote] = useState('');
  useEffect(() => {
    let live = true;
    if (!fontNoteDue(o.fonts)) return;
    api['export.fonts']({ fonts: o.fonts }).then((r) => live && setFontNote(r.message), () => undefined);
    return () => {
      live = false;
    };
  }, [o.fonts]);
  const set = <K extends keyof LayoutChoice>(k: K, v: LayoutChoice[K]): void => setO((x) => ({ ...x, [k]: v }));
  const busy = p.step.kind === 'busy';
  const warn = p.step.kind === 'warn' ? p.step.errors : 0;
  return (
    <Dialog
      title={`导出 ${NAME[p.doc]}`}
      onClose={p.onClose}
      className="export-dialog"
      actions={warn ? (
        <>
          <button type="button" onClick={p.onShowChecks}>查看校对结果</button>
          <button type="button" className="primary" onClick={() => p.onExport(o, true)}>仍要导出</button>
        </>
      ) : (
        <>
          <button type="button" onClick={p.onClose}>取消</button>
          <button type="button" className="primary" disabled={busy} onClick={() => p.onExport(o, false)}>{busy ? '正在导出…' : '导出'}</button>
        </>
      )}
    >
      <fieldset className="choice" disabled={busy || warn > 0}>
        <legend>版本</legend>
        <label><input type="radio" name="internal" checked={!o.internal} onChange={() => set('internal', false)} />对外公开版</label>
        <label><input type="radio" name="internal" checked={o.internal} onChange={() => set('internal', true)} />内部版（版头、版记）</label>
      </fieldset>
      <label className="check-row"><input type="checkbox" checked={o.seal} disabled={busy || warn > 0} onChange={(e) => set('seal', e.target.checked)} />加盖印章（成文日期右空四字）</label>
      <label className="select-row">字体方案
        <select aria-label="字体方案" value={o.fonts} disabled={busy || warn > 0} onChange={(e) => set('fonts', e.target.value as LayoutChoice['fonts'])}>
          {FONT_PROFILES.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
        </select>
      </label>
      <label className="select-row">版式
        <select aria-label="版式" value={o.preset} disabled={busy || warn > 0} onChange={(e) => set('preset', e.target.value as LayoutChoice['preset'])}>
          {BUILTIN_PRESETS.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
        </select>
      </label>
      {fontNote && <p className="note" role="note">{fontNote}</p>}
      {warn > 0 && <p className="warn-box" role="alert">校对发现 {warn} 个错误，仍要导出吗？</p>}
    </Dialog>
  );
}
