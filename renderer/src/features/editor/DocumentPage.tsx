// The page of an open draft: the 标题 field, the structured editor and the 署名/成文日期 lines, at the lengths and in
// the typefaces of the layout the draft is exported with (core/common/view/page-metrics.ts); in the page view, the
// PDF's page breaks (page-breaks/).
import { type CSSProperties, useMemo, useRef } from 'react';
import { fontProfileById } from '../../../../core/common/layout/fonts';
import { titleLines } from '../../../../core/common/layout/title-break';
import { fieldText } from '../../../../core/common/model/fields';
import type { Draft, FieldKey } from '../../../../core/common/model/types';
import { pageViewCss, pageViewRoom, pageViewVars, presetById } from '../../../../core/common/view/page-metrics';
import type { DraftSession } from '../../editor/session';
import type { ParseNotice } from '../../editor/plugins/Paste';
import { QicaoEditor } from '../../editor/QicaoEditor';
import { loadExportOptions } from '../export/export-options';
import { HeadRoom } from './page-breaks/HeadRoom';
import { PageBreaks } from './page-breaks/PageBreaks';

export interface DocumentPageProps {
  model: Draft;
  session: DraftSession;
  fieldsVersion: number;
  /** The page view (A4 with page breaks) rather than the plain writing view. */
  pageView: boolean;
  onDirty: () => void;
  onSettled: () => void;
  onNotice: (n: string) => void;
  onFocusField: (key: FieldKey) => void;
  onSetField: (key: FieldKey, value: string) => void;
  parseNotice: ParseNotice;
}

export function DocumentPage({ model, session, fieldsVersion, pageView, onDirty, onSettled, onNotice, onFocusField, onSetField, parseNotice }: DocumentPageProps) {
  // The draft's export layout; the page lengths and faces are resolved again only when it changes.
  const { preset, fonts, seal, internal } = loadExportOptions(model);
  const profile = useMemo(() => fontProfileById(fonts), [fonts]);
  const pageVars = useMemo(() => pageViewVars(presetById(preset), profile) as CSSProperties, [preset, profile]);
  const css = useMemo(() => pageViewCss(profile), [profile]);
  const room = useMemo(() => pageViewRoom(presetById(preset)), [preset]);
  const article = useRef<HTMLElement>(null);
  const signer = fieldText(model, 'signer');
  const date = fieldText(model, 'docDate');
  return (
    <article className="page" aria-label="文稿页面" style={pageVars} ref={article}>
      <style>{css}</style>
      {pageView && internal && <HeadRoom model={model} preset={preset} />}
      <div className="doc-title-box">
        {/* In the page view the title shows the lines it prints in (title-break.ts); the text box over them shows its
            own text only while the clerk edits it. */}
        {pageView && <div className="doc-title-lines" aria-hidden="true">{titleLines(fieldText(model, 'title')).map((l, i) => <div key={i}>{l}</div>)}</div>}
        <textarea
          className="doc-title"
          aria-label="标题"
          rows={2}
          placeholder="请输入标题"
          value={model.fields.title ?? ''}
          onChange={(e) => onSetField('title', e.target.value.replace(/\n/g, ''))}
        />
      </div>
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
        <p className="doc-signer" onClick={() => onFocusField('signer')}>{signer || '【发文机关署名】'}</p>
        <p className="doc-date" onClick={() => onFocusField('docDate')}>{date || '【成文日期】'}</p>
      </div>
      {pageView && <PageBreaks page={article} text={{ title: fieldText(model, 'title'), signer, date, seal }} room={room} />}
    </article>
  );
}
