// The structured editor: the ContentEditable and every plugin that gives it Qicao's behaviour.
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from './plugins/History';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { FieldKey } from '../../../core/common/model/types';
import { fieldText } from '../../../core/common/model/fields';
import type { DraftSession } from './session';
import { CountsPlugin } from './plugins/Counts';
import { FieldsPlugin } from './plugins/Fields';
import { GuidancePlugin } from './plugins/Guidance';
import { ModelSyncPlugin } from './plugins/ModelSync';
import { NumberingPlugin } from './plugins/Numbering';
import { CarriedPlugin } from './plugins/Carried';
import { type ParseNotice, PastePlugin } from './plugins/Paste';
import { StructurePlugin } from './plugins/Structure';
import { fieldValueFromText } from './session';

export interface QicaoEditorProps {
  session: DraftSession;
  fieldsVersion: number;
  onDirty: () => void;
  onSettled: () => void;
  onNotice: (msg: string) => void;
  onMissingField: (key: FieldKey) => void;
  /** The host's notice parser for pasted text (renderer/src/api.ts stays outside the editor). */
  parseNotice?: ParseNotice;
}

export function QicaoEditor(p: QicaoEditorProps) {
  return (
    <>
      <RichTextPlugin
        contentEditable={<ContentEditable className="q-editable" aria-label="正文" spellCheck={false} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <StructurePlugin />
      <NumberingPlugin firstLevel={p.session.current.options.firstHeadingLevel ?? 1} />
      <CountsPlugin />
      <GuidancePlugin />
      <FieldsPlugin
        version={p.fieldsVersion}
        shown={(key) => fieldText(p.session.current, key)}
        onEdited={(key, text) => p.session.setField(key, fieldValueFromText(text), true)}
        onMissingClick={p.onMissingField}
      />
      <PastePlugin draft={() => p.session.current} onNotice={p.onNotice} parse={p.parseNotice} />
      <CarriedPlugin />
      <ModelSyncPlugin onDirty={p.onDirty} onSettled={p.onSettled} />
    </>
  );
}
