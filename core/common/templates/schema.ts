// The template file schema (templates/*.json), checked at load so a bad file names itself and the bad value's path.
import * as v from 'valibot';

const text = v.string();
const guidance = v.optional(v.string());
const status = v.picklist(['done', 'mostly-done', 'not-done', 'ongoing', 'long-term', 'unknown']);

export interface TemplateParagraph {
  type: 'paragraph';
  text?: string;
  role?: 'body' | 'preamble' | 'contact' | 'closing';
  guidance?: string;
}
export interface TemplateEnumeration {
  type: 'enumeration';
  style: 'shi' | 'paren';
  layout?: 'inline' | 'block';
  lead?: string;
  items: string[];
  guidance?: string;
}
export interface TemplateProblem {
  type: 'problem';
  title?: string;
  form?: 'heading' | 'inline';
  status?: v.InferOutput<typeof status>;
  measuresLabel?: string;
  measureStyle?: 'shi' | 'paren';
  measureLayout?: 'inline' | 'block';
  measures?: string[];
  guidance?: string;
}
export interface TemplateSection {
  type: 'section';
  role: 'organisation' | 'rectification' | 'further' | 'plan' | 'review' | 'issues' | 'aspect' | 'category' | 'group' | 'generic';
  heading?: string;
  runIn?: boolean;
  numbered?: boolean;
  continuousNumbering?: boolean;
  required?: boolean;
  guidance?: string;
  children?: TemplateBlock[];
}
export type TemplateBlock = TemplateParagraph | TemplateEnumeration | TemplateProblem | TemplateSection;

const paragraphSchema = v.strictObject({
  type: v.literal('paragraph'),
  text: v.optional(text),
  role: v.optional(v.picklist(['body', 'preamble', 'contact', 'closing'])),
  guidance,
});
const enumerationSchema = v.strictObject({
  type: v.literal('enumeration'),
  style: v.picklist(['shi', 'paren']),
  layout: v.optional(v.picklist(['inline', 'block'])),
  lead: v.optional(text),
  items: v.array(text),
  guidance,
});
const problemSchema = v.strictObject({
  type: v.literal('problem'),
  title: v.optional(text),
  form: v.optional(v.picklist(['heading', 'inline'])),
  status: v.optional(status),
  measuresLabel: v.optional(text),
  measureStyle: v.optional(v.picklist(['shi', 'paren'])),
  measureLayout: v.optional(v.picklist(['inline', 'block'])),
  measures: v.optional(v.array(text)),
  guidance,
});
const blockSchema: v.GenericSchema<TemplateBlock> = v.variant('type', [
  paragraphSchema,
  enumerationSchema,
  problemSchema,
  v.strictObject({
    type: v.literal('section'),
    role: v.picklist(['organisation', 'rectification', 'further', 'plan', 'review', 'issues', 'aspect', 'category', 'group', 'generic']),
    heading: v.optional(text),
    runIn: v.optional(v.boolean()),
    numbered: v.optional(v.boolean()),
    continuousNumbering: v.optional(v.boolean()),
    required: v.optional(v.boolean()),
    guidance,
    children: v.optional(v.array(v.lazy(() => blockSchema))),
  }),
]);

export const templateSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, '模板 id 只能包含小写字母、数字和连字符')),
  name: v.pipe(v.string(), v.minLength(1)),
  description: v.string(),
  docType: v.picklist(['rectification', 'work-summary', 'unknown']),
  /** Initial field values; may contain {{profile.*}} and {{year}} placeholders resolved at creation. */
  fields: v.record(v.string(), v.string()),
  options: v.optional(v.strictObject({ seal: v.optional(v.boolean()), internal: v.optional(v.boolean()) })),
  body: v.array(blockSchema),
});

export type Template = v.InferOutput<typeof templateSchema>;
