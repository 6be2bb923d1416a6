// The draft schema: the one gate every draft passes on its way in (save, .qicao.json, import, recovery copy,
// migration output, restore). Bounds are generous for any real notice (a putian-size one is ~17,000 字, 200 blocks)
// and small enough that no crafted draft can stall layout or export. The hand-written types in model/types.ts are
// checked against this schema at compile time (bottom of the file), so the two cannot drift.
import * as v from 'valibot';
import type {
  Block, Draft, DraftFieldKey, EnumerationBlock, Measure, ParagraphBlock, ProblemBlock, SectionBlock, UnitProfile,
} from '../model/types';
import { SCHEMA_VERSION } from '../model/types';

export const DRAFT_LIMITS = {
  /** Block, measure and draft ids. */
  id: 64,
  /** One field value (标题, 署名…); a 3,000,000-character title is refused here, before any layout. */
  field: 2_000,
  /** One run of text (a paragraph's text may be split into several runs). */
  text: 100_000,
  /** Metadata strings: guidance, notes, 责任单位… */
  note: 10_000,
  /** Inline runs in one paragraph, heading or title. */
  inlines: 10_000,
  /** Children of one block, items of one enumeration, measures of one problem, top-level blocks. */
  children: 5_000,
  /** Nesting of JSON objects/arrays (a real draft uses about 30). */
  depth: 200,
  /** Objects, arrays and values in the whole draft (putian size: about 6,000). */
  nodes: 400_000,
  /** Characters in all the draft's strings, ids included (putian size: about 25,000). */
  chars: 2_000_000,
  /** Characters of notice text one paste or file may bring in; refused before parsing (putian: 17,000). */
  importChars: 1_000_000,
} as const;

/** The draft field keys (must list every DraftFieldKey: checked below). */
export const DRAFT_FIELD_KEYS = [
  'title', 'signer', 'unitName', 'unitShortName', 'docDate', 'docNumber', 'issuer', 'deployer', 'inspectionGroup',
  'inspectionStart', 'inspectionEnd', 'feedbackDate', 'year', 'copyTo', 'printer', 'printDate',
] as const satisfies readonly DraftFieldKey[];

// A NUL or half of a surrogate pair cannot be stored, printed or exported faithfully: refused, not silently changed.
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const UNPRINTABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const hasUnprintable = (s: string): boolean => UNPRINTABLE.test(s);
/** For text being imported (a paste, a file): NULs dropped, broken surrogates shown as U+FFFD, the rest kept. */
export const stripUnprintable = (s: string): string =>
  // eslint-disable-next-line no-control-regex -- see UNPRINTABLE
  s.replace(/\u0000/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const UNPRINTABLE_MESSAGE = '含有无法保存的字符（空字符或残缺的 Unicode 字符）';

const text = (max: number) =>
  v.pipe(v.string(), v.maxLength(max), v.check((s: string) => !hasUnprintable(s), UNPRINTABLE_MESSAGE));

// eslint-disable-next-line no-control-regex -- ids are plain tokens
const id = v.pipe(text(DRAFT_LIMITS.id), v.minLength(1), v.regex(/^[^\s\u0000-\u001f]+$/));
const note = text(DRAFT_LIMITS.note);
const status = v.picklist(['done', 'mostly-done', 'not-done', 'ongoing', 'long-term', 'unknown']);
const countKey = v.picklist(['aspects', 'categories', 'problems', 'measures', 'done', 'mostlyDone', 'notDone', 'unknown', 'completionRate']);
const fieldKey = v.picklist([
  ...DRAFT_FIELD_KEYS,
  'profile.fullName', 'profile.partyGroupName', 'profile.shortName', 'profile.phone', 'profile.mailAddress',
  'profile.postcode', 'profile.email',
]);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

const inline = v.variant('t', [
  v.object({ t: v.literal('text'), text: text(DRAFT_LIMITS.text) }),
  v.object({ t: v.literal('field'), key: fieldKey }),
  v.object({ t: v.literal('count'), key: countKey, stated: v.optional(count) }),
]);
const inlines = v.pipe(v.array(inline), v.maxLength(DRAFT_LIMITS.inlines));
const many = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(DRAFT_LIMITS.children));

const base = {
  id,
  guidance: v.optional(note),
  carried: v.optional(v.boolean()),
  uncertain: v.optional(note),
};

const progressReport = v.object({
  text: text(DRAFT_LIMITS.text), evidence: v.optional(note), unit: v.optional(note), date: text(40),
  round: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const measureSchema = v.object({ id, content: inlines, status: v.optional(status), carried: v.optional(v.boolean()) });

const paragraphSchema = v.object({
  ...base, type: v.literal('paragraph'), role: v.optional(v.picklist(['body', 'preamble', 'contact', 'closing'])), content: inlines,
});
const enumerationSchema = v.object({
  ...base, type: v.literal('enumeration'), style: v.picklist(['shi', 'paren']), layout: v.picklist(['inline', 'block']),
  lead: inlines, items: many(v.object({ id, content: inlines, carried: v.optional(v.boolean()) })),
});
const sectionSchema = v.object({
  ...base, type: v.literal('section'),
  role: v.picklist(['organisation', 'rectification', 'further', 'plan', 'review', 'issues', 'aspect', 'category', 'group', 'generic']),
  heading: inlines, runIn: v.optional(v.boolean()), numbered: v.optional(v.boolean()),
  continuousNumbering: v.optional(v.boolean()), required: v.optional(v.boolean()),
  children: many(v.lazy(() => blockSchema)),
});
const problemSchema = v.object({
  ...base, type: v.literal('problem'), title: inlines, form: v.picklist(['heading', 'inline']), status,
  leader: v.optional(note), unit: v.optional(note), deadline: v.optional(note), notes: v.optional(note),
  progress: v.optional(many(progressReport)),
  statusPhrase: v.optional(note), measuresLabel: v.optional(note),
  measureStyle: v.picklist(['shi', 'paren']), measureLayout: v.picklist(['inline', 'block']),
  measures: many(measureSchema), children: many(v.lazy(() => blockSchema)),
});

export const blockSchema: v.GenericSchema<Block> = v.variant('type', [paragraphSchema, enumerationSchema, sectionSchema, problemSchema]);

const profileText = text(DRAFT_LIMITS.field);
export const profileSchema = v.object({
  fullName: profileText, partyGroupName: profileText, shortName: profileText, phone: profileText,
  mailAddress: profileText, postcode: profileText, email: profileText,
});

const isoTime = v.pipe(text(40), v.regex(/^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/));

const draftObject = v.object({
  // Migrated before this check (model/migrations.ts), so only the current version passes.
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SCHEMA_VERSION)),
  id,
  docType: v.picklist(['rectification', 'work-summary', 'unknown']),
  templateId: v.nullable(text(DRAFT_LIMITS.id * 2)),
  // valibot's record would take an array as an object without keys: a list is refused first.
  fields: v.pipe(
    v.custom<Partial<Record<DraftFieldKey, string>>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), '应为对象'),
    v.record(v.picklist(DRAFT_FIELD_KEYS), text(DRAFT_LIMITS.field)),
  ),
  profile: profileSchema,
  body: many(blockSchema),
  options: v.object({ seal: v.boolean(), internal: v.boolean(), firstHeadingLevel: v.optional(v.picklist([1, 2, 3])) }),
  basedOn: v.optional(v.object({ draftId: id, title: text(DRAFT_LIMITS.field), year: v.optional(text(8)) })),
  collection: v.optional(v.object({ round: v.pipe(v.number(), v.integer(), v.minValue(0)), startedAt: text(40), units: many(text(200)) })),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const draftSchema: v.GenericSchema<Draft> = draftObject;

// Compile-time proof that schema and hand-written types describe the same values (mutually assignable).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaMatchesTypes = [
  Assert<Same<v.InferOutput<typeof paragraphSchema>, ParagraphBlock>>,
  Assert<Same<v.InferOutput<typeof enumerationSchema>, EnumerationBlock>>,
  Assert<Same<v.InferOutput<typeof sectionSchema>, SectionBlock>>,
  Assert<Same<v.InferOutput<typeof problemSchema>, ProblemBlock>>,
  Assert<Same<v.InferOutput<typeof measureSchema>, Measure>>,
  Assert<Same<v.InferOutput<typeof profileSchema>, UnitProfile>>,
  Assert<Same<v.InferOutput<typeof draftObject>, Draft>>,
  Assert<Same<(typeof DRAFT_FIELD_KEYS)[number], DraftFieldKey>>,
];
