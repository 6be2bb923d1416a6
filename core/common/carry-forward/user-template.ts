// 存为我的模板: a draft's structure and boilerplate without this year's facts (dates, year, document number,
// problem statuses and deadlines), so a template never smuggles old figures into a new draft.
import { cloneWithNewIds } from '../model/build';
import { DRAFT_FIELDS } from '../model/fields';
import { newId } from '../model/ids';
import type { Block, Draft, DraftFieldKey } from '../model/types';
import { walk } from '../model/walk';
import { type CarriedFact, findBlockFacts } from './statistics';

export interface UserTemplateResult {
  /** The template body as a draft (fresh ids, no basedOn), ready to store and to instantiate. */
  draft: Draft;
  removedFields: DraftFieldKey[];
  /** Numbers and dates still in the prose: the UI can list them so the clerk decides whether to blank them. */
  remainingFacts: CarriedFact[];
}

const FACT_FIELDS: DraftFieldKey[] = ['docNumber', 'issuer'];

export function toUserTemplate(draft: Draft, now: Date | string): UserTemplateResult {
  const at = typeof now === 'string' ? now : now.toISOString();
  const fields = { ...draft.fields };
  const removedFields: DraftFieldKey[] = [];
  for (const def of DRAFT_FIELDS) {
    const key = def.key as DraftFieldKey;
    if (fields[key] && (def.kind !== 'text' || FACT_FIELDS.includes(key))) {
      delete fields[key];
      removedFields.push(key);
    }
  }
  const body: Block[] = draft.body.map((b) => cloneWithNewIds(b));
  walk(body, (b) => {
    delete b.carried;
    delete b.uncertain;
    if (b.type === 'problem') {
      b.status = 'unknown';
      delete b.statusPhrase;
      delete b.deadline;
      b.measures.forEach((m) => delete m.status);
    }
  });
  const { basedOn: _basedOn, body: _body, ...rest } = draft;
  const out: Draft = { ...structuredClone(rest), id: newId('t'), fields, body, createdAt: at, updatedAt: at };
  return { draft: out, removedFields, remainingFacts: findBlockFacts(body) };
}
