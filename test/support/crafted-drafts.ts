// Crafted draft files (issue 18): every field of the draft schema given wrong types (generated from the schema
// itself, so a new field is covered without editing this file), prototype keys, 10,000-level nesting, 100,000
// blocks, lone surrogates, NULs, bad schemaVersions, empty and over-long ids, a 3,000,000-character title — and
// a few well-formed ones that must be accepted and round-trip.
import { readFileSync } from 'node:fs';
import { blockSchema, draftSchema } from '../../core/common/api/draft-schema';
import { DRAFT_FILE_FORMAT, serializeDraft } from '../../core/node/draft-file';
import { paragraph } from '../../core/common/model/build';
import type { Draft } from '../../core/common/model/types';
import { smallRectification } from './library-drafts';

export interface CraftedFile {
  name: string;
  /** The file's text (JSON, or not). */
  text: string;
  accept: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySchema = { type: string; wrapped?: AnySchema; pipe?: AnySchema[]; entries?: Record<string, AnySchema>; options?: AnySchema[] } & Record<string, any>;

/** Values of the wrong type for a schema (one of each kind that is not valid for it). */
export function wrongValues(schema: AnySchema): unknown[] {
  let s = schema;
  let nullable = false;
  while (s.type === 'optional' || s.type === 'nullable') {
    if (s.type === 'nullable') nullable = true;
    s = s.wrapped!;
  }
  const nul = nullable ? [] : [null];
  switch (s.type) {
    case 'string': return [...nul, 0, true, [], {}];
    case 'number': return [...nul, '1', true, []];
    case 'boolean': return [...nul, 'true', 1, []];
    case 'array': return [...nul, {}, 'x', 1];
    case 'object': case 'record': return [...nul, [], 'x', 1];
    case 'picklist': case 'literal': return [...nul, '__bogus__', 99, {}];
    case 'variant': return [...nul, { t: 'bogus', type: 'bogus' }, 'x', []];
    default: return [...nul, 'x'];
  }
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const file = (name: string, doc: unknown, accept = false): CraftedFile =>
  ({ name, text: JSON.stringify({ format: DRAFT_FILE_FORMAT, ...(doc as object) }), accept });

export function validDraft(): Draft {
  const d = smallRectification();
  d.id = 'd_crafted_base';
  d.profile = { ...d.profile, fullName: '某某县司法局' };
  return d;
}

/** The whole corpus; `shared` adds the genuine version-0 fixture when given its path. */
export function craftedDrafts(v0FixturePath?: string): CraftedFile[] {
  const base = validDraft();
  const out: CraftedFile[] = [];

  // Wrong types for every top-level field, from the schema's own entries.
  const entries = (draftSchema as unknown as AnySchema).entries!;
  for (const [key, schema] of Object.entries(entries)) {
    wrongValues(schema).forEach((value, i) => out.push(file(`top-${key}-${i}`, { ...clone(base), [key]: value })));
  }
  // …for every field of every block type (and of a measure), placed in a real position of the draft.
  const blockTypes = (blockSchema as unknown as AnySchema).options!;
  const samples: Record<string, (d: Draft) => Record<string, unknown>> = {
    paragraph: (d) => d.body[0] as unknown as Record<string, unknown>,
    section: (d) => d.body[1] as unknown as Record<string, unknown>,
    problem: (d) => (d.body[1] as { children: { children: unknown[] }[] }).children[0]!.children[0] as Record<string, unknown>,
    enumeration: (d) => {
      const e = { type: 'enumeration', id: 'e_1', style: 'shi', layout: 'inline', lead: [], items: [{ id: 'i_1', content: [{ t: 'text', text: '一' }] }] };
      d.body.push(e as unknown as Draft['body'][number]);
      return e;
    },
  };
  for (const option of blockTypes) {
    const type = (option.entries!.type as AnySchema & { literal: string }).literal;
    for (const [key, schema] of Object.entries(option.entries!)) {
      wrongValues(schema).forEach((value, i) => {
        const d = clone(base);
        samples[type]!(d)[key] = value;
        out.push(file(`block-${type}-${key}-${i}`, d));
      });
    }
  }
  // Inline runs of the wrong shape.
  for (const [i, run] of [{ t: 'text' }, { t: 'text', text: 1 }, { t: 'field', key: 'nope' }, { t: 'count', key: 'problems', stated: 'x' }, { t: 'count', key: 'x' }, null, 'x'].entries()) {
    const d = clone(base);
    (d.body[0] as unknown as { content: unknown[] }).content = [run];
    out.push(file(`inline-${i}`, d));
  }

  // schemaVersion: missing, null, 0 on a current-shape document, fractions, negatives, huge, strings.
  for (const [label, value] of [['missing', undefined], ['null', null], ['zero', 0], ['1.5', 1.5], ['minus1', -1], ['1e308', 1e308], ['string', '1'], ['2', 2]] as const) {
    const d = clone(base) as unknown as Record<string, unknown>;
    if (value === undefined) delete d.schemaVersion;
    else d.schemaVersion = value;
    out.push(file(`version-${label}`, d));
  }
  // Ids: empty, blank, too long, with a NUL.
  for (const [label, id] of [['empty', ''], ['space', ' '], ['long', 'd'.repeat(65)], ['nul', 'd\u0000x']] as const) {
    out.push(file(`id-${label}`, { ...clone(base), id }));
    const d = clone(base);
    d.body[0]!.id = id;
    out.push(file(`block-id-${label}`, d));
  }
  // Prototype keys, written as JSON text so they are real own keys.
  const protoDoc = serializeDraft(base).replace('"fields": {', '"fields": { "__proto__": { "polluted": "yes" },');
  out.push({ name: 'proto-fields', text: protoDoc, accept: false });
  out.push({ name: 'proto-top', text: serializeDraft(base).replace('{', '{ "__proto__": { "isAdmin": true },'), accept: false });
  out.push({ name: 'constructor-block', text: serializeDraft(base).replace('"type": "paragraph"', '"constructor": { "prototype": { "x": 1 } }, "type": "paragraph"'), accept: false });
  // 10,000 levels of nested sections.
  const depth = 10_000;
  const open = '{"type":"section","id":"s","role":"generic","heading":[],"children":['.repeat(depth);
  const close = ']}'.repeat(depth);
  const deepDoc = serializeDraft({ ...base, body: [] }).replace('"body": []', `"body": [${open}${close}]`);
  out.push({ name: 'deep-10000', text: deepDoc, accept: false });
  out.push({ name: 'deep-array-10000', text: serializeDraft({ ...base, body: [] }).replace('"body": []', `"body": ${'['.repeat(depth)}${']'.repeat(depth)}`), accept: false });
  // 100,000 blocks.
  out.push(file('blocks-100000', { ...clone(base), body: Array.from({ length: 100_000 }, (_, i) => ({ type: 'paragraph', id: `p${i}`, content: [{ t: 'text', text: '段' }] })) }));
  // Text that cannot be stored faithfully.
  out.push(file('title-lone-high-surrogate', { ...clone(base), fields: { title: 'a\ud800b' } }));
  out.push(file('text-lone-low-surrogate', { ...clone(base), body: [paragraph('x\udc00y')] }));
  out.push(file('title-nul', { ...clone(base), fields: { title: '标题\u0000' } }));
  out.push(file('text-nul', { ...clone(base), body: [paragraph('正文\u0000正文')] }));
  // Too long to lay out.
  out.push(file('title-3000', { ...clone(base), fields: { title: '标'.repeat(3_000) } }));
  out.push(file('title-3000000', { ...clone(base), fields: { title: '标'.repeat(3_000_000) } }));
  out.push(file('text-2100000', { ...clone(base), body: Array.from({ length: 21 }, () => paragraph('字'.repeat(100_000))) }));
  // Unknown field key, a field that is not text.
  out.push(file('field-unknown', { ...clone(base), fields: { title: 't', nonsense: 'x' } }));
  // Not a draft at all.
  for (const [label, text] of [['empty', ''], ['garbage', '{{{'], ['array', '[]'], ['null', 'null'], ['string', '"qicao"'], ['no-format', JSON.stringify(base)], ['bom-garbage', '\ufeff{"format":']] as const) {
    out.push({ name: `not-json-${label}`, text, accept: false });
  }

  // Accepted: the valid draft, one with unknown extra keys (ignored), one with every optional field, the v0 fixture.
  out.push({ name: 'ok-valid', text: serializeDraft(base), accept: true });
  out.push(file('ok-extra-keys', { ...clone(base), id: 'd_extra', somethingNew: { a: 1 } }, true));
  out.push(file('ok-unicode', { ...clone(base), id: 'd_unicode', fields: { title: '关于𠀀𪚥巡察整改进展情况的通报 😀' } }, true));
  if (v0FixturePath) out.push({ name: 'ok-version0', text: readFileSync(v0FixturePath, 'utf8'), accept: true });
  return out;
}

/** Messages a clerk may see: Chinese, and none of the validator's or the runtime's English. */
export function isClerkMessage(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message)
    && !/Invalid|Expected|Received|undefined|TypeError|RangeError|SyntaxError|Cannot read|stack|\bat \S+ \(|\/tmp\/|qicao-upload-/.test(message);
}
