// 另存为本单位模板: asks for the template's name; the template then appears in 新建文稿.
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';

export function SaveTemplateDialog({ title, onSave, onClose }: { title: string; onSave: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(`${title.replace(/\d{4}年?/u, '').slice(0, 60) || '本单位模板'}`);
  return (
    <Dialog
      title="另存为本单位模板"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>取消</button>
          <button type="button" className="primary" disabled={!name.trim()} onClick={() => onSave(name.trim())}>保存模板</button>
        </>
      }
    >
      <p className="note">模板保留结构和文字，清空日期、发文字号和整改状态。以后在“新建文稿”中选用。</p>
      <label className="select-row">模板名称
        <input aria-label="模板名称" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
    </Dialog>
  );
}
