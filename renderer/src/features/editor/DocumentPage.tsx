// The page of an open draft: the 标题 field, the structured editor and the 署名/成文日期 lines, at the lengths of the
// layout preset the draft is exported with (core/common/view/page-metrics.ts).
import { type CSSProperties, useMemo } from 'react';
import { fieldText } from '../../../../core/common/model/fields';
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import { pageViewVars, presetById } from '../../../../core/common/view/page-metrics';
import type { DraftSession } from '../../editor/session';
import type { ParseNotice } from '../../editor/plugins/Paste';
import { QicaoEditor } from '../../editor/QicaoEditor';
import { loadExportOptions } from '../export/export-options';

export interface DocumentPageProps {
  model: Draft;
  session: DraftSession;
  fieldsVersion: number;
  onDirty: () => void;
  onSettled: () => void;
  onNotice: (n: string) => void;
  onFocusField: (key: FieldKey) => void;
  onSetField: (key: FieldKey, value: string) => void;
  parseNotice: ParseNotice;
}

export function DocumentPage({ model, session, fieldsVersion, onDirty, onSettled, onNotice, onFocusField, onSetField, parseNotice }: DocumentPageProps) {
  // The draft's export preset; the page lengths are resolved again only when it changes.
  const preset = loadExportOptions(model).preset;
  const pageVars = useMemo(() => pageViewVars(presetById(preset)) as CSSProperties, [preset]);
  return (
    <article className="page" aria-label="文稿页面" style={pageVars}>
      <textarea
        className="doc-title"
        aria-label="标题"
        rows={2}
        placeholder="请输入标题"
        value={model.fields.title ?? ''}
        onChange={(e) => onSetField('title', e.target.value.replace(/\n/g, ''))}
      />
      <QicaoEditor
        session={session}
        fieldsVersion={fieldsVersion}
        onDirty={onDirty}
        onSettled={onSettled}
        onNotice={onNotice}
        onMissingField={onFocusField}
        parseNotice={parseNotice}
      />
      <div className="doc-closing">
        <p className="doc-signer" onClick={() => onFocusField('signer')}>{fieldText(model, 'signer') || '【发文机关署名】'}</p>
        <p className="doc-date" onClick={() => onFocusField('docDate')}>{fieldText(model, 'docDate') || '【成文日期】'}</p>
      </div>
    </article>
  );
}
