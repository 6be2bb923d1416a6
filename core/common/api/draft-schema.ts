// A structural validator for drafts crossing a transport (IPC, HTTP): a renderer can never hand the host garbage.
import * as v from 'valibot';
import type { Block, Draft } from '../model/types';

const id = v.pipe(v.string(), v.maxLength(64));
const str = v.pipe(v.string(), v.maxLength(2_000_000));
const status = v.picklist(['done', 'mostly-done', 'not-done', 'ongoing', 'long-term', 'unknown']);

const inline = v.variant('t', [
  v.object({ t: v.literal('text'), text: str }),
  v.object({ t: v.literal('field'), key: v.pipe(v.string(), v.maxLength(40)) }),
  v.object({ t: v.literal('count'), key: v.pipe(v.string(), v.maxLength(40)), stated: v.optional(v.number()) }),
]);
const inlines = v.pipe(v.array(inline), v.maxLength(100_000));

const base = {
  id,
  guidance: v.optional(str),
  carried: v.optional(v.boolean()),
  uncertain: v.optional(str),
};

const progressReport = v.object({
  text: str, evidence: v.optional(str), unit: v.optional(str), date: v.pipe(v.string(), v.maxLength(40)), round: v.optional(v.number()),
});

const measure = v.object({ id, content: inlines, status: v.optional(status) });

export const blockSchema: v.GenericSchema<Block> = v.variant('type', [
  v.object({ ...base, type: v.literal('paragraph'), role: v.optional(v.picklist(['body', 'preamble', 'contact', 'closing'])), content: inlines }),
  v.object({
    ...base, type: v.literal('enumeration'), style: v.picklist(['shi', 'paren']), layout: v.picklist(['inline', 'block']),
    lead: inlines, items: v.array(v.object({ id, content: inlines })),
  }),
  v.object({
    ...base, type: v.literal('section'),
    role: v.picklist(['organisation', 'rectification', 'further', 'plan', 'review', 'issues', 'aspect', 'category', 'group', 'generic']),
    heading: inlines, runIn: v.optional(v.boolean()), numbered: v.optional(v.boolean()),
    continuousNumbering: v.optional(v.boolean()), required: v.optional(v.boolean()),
    children: v.array(v.lazy(() => blockSchema)),
  }),
  v.object({
    ...base, type: v.literal('problem'), title: inlines, form: v.picklist(['heading', 'inline']), status,
    leader: v.optional(str), unit: v.optional(str), deadline: v.optional(str), notes: v.optional(str),
    progress: v.optional(v.array(progressReport)),
    statusPhrase: v.optional(str), measuresLabel: v.optional(str),
    measureStyle: v.picklist(['shi', 'paren']), measureLayout: v.picklist(['inline', 'block']),
    measures: v.array(measure), children: v.array(v.lazy(() => blockSchema)),
  }),
]) as v.GenericSchema<Block>;

export const profileSchema = v.object({
  fullName: str, partyGroupName: str, shortName: str, phone: str, mailAddress: str, postcode: str, email: str,
});

export const draftSchema = v.object({
  schemaVersion: v.number(),
  id,
  docType: v.picklist(['rectification', 'work-summary', 'unknown']),
  templateId: v.nullable(v.string()),
  fields: v.record(v.string(), v.pipe(v.string(), v.maxLength(10_000))),
  profile: profileSchema,
  body: v.array(blockSchema),
  options: v.object({ seal: v.boolean(), internal: v.boolean(), firstHeadingLevel: v.optional(v.picklist([1, 2, 3])) }),
  basedOn: v.optional(v.object({ draftId: id, title: v.string(), year: v.optional(v.string()) })),
  collection: v.optional(v.object({ round: v.number(), startedAt: v.string(), units: v.array(v.pipe(v.string(), v.maxLength(200))) })),
  createdAt: v.string(),
  updatedAt: v.string(),
}) as unknown as v.GenericSchema<Draft>;
