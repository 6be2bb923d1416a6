// Loads (validates) templates and instantiates drafts from them with the unit profile filled in.
import * as v from 'valibot';
import { enumeration, measure, paragraph, problem, section, emptyDraft } from '../model/build';
import { isFieldKey } from '../model/fields';
import type { Block, DraftFieldKey, Draft, Inline, UnitProfile } from '../model/types';
import { PlaceholderError, parseFieldText } from './field-text';
import { type Template, type TemplateBlock, templateSchema } from './schema';

export class TemplateError extends Error {
  constructor(readonly file: string, readonly path: string, detail: string) {
    super(`模板文件 ${file} 有误：${path ? `位置 ${path}，` : ''}${detail}`);
    this.name = 'TemplateError';
  }
}

/** Validates parsed JSON as a template; errors name the file and the path of the first bad value. */
export function parseTemplate(file: string, json: unknown): Template {
  const r = v.safeParse(templateSchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    throw new TemplateError(file, issue.path ? v.getDotPath(issue) ?? '' : '', issue.message);
  }
  const t = r.output;
  for (const key of Object.keys(t.fields)) {
    if (!isFieldKey(key) || key.startsWith('profile.')) throw new TemplateError(file, `fields.${key}`, `未知的字段 ${key}`);
  }
  try {
    t.body.forEach((b, i) => checkPlaceholders(b, `body.${i}`, file));
    Object.entries(t.fields).forEach(([k, s]) => withPath(`fields.${k}`, file, () => parseFieldText(s)));
  } catch (e) {
    if (e instanceof TemplateError) throw e;
    throw e;
  }
  return t;
}

function withPath<T>(path: string, file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PlaceholderError) throw new TemplateError(file, path, e.message);
    throw e;
  }
}

function checkPlaceholders(b: TemplateBlock, path: string, file: string): void {
  const texts: [string, string | undefined][] =
    b.type === 'paragraph' ? [['text', b.text]]
    : b.type === 'section' ? [['heading', b.heading]]
    : b.type === 'problem' ? [['title', b.title], ...(b.measures ?? []).map((m, i): [string, string] => [`measures.${i}`, m])]
    : [['lead', b.lead], ...b.items.map((m, i): [string, string] => [`items.${i}`, m])];
  for (const [k, s] of texts) if (s) withPath(`${path}.${k}`, file, () => parseFieldText(s));
  if (b.type === 'section') b.children?.forEach((c, i) => checkPlaceholders(c, `${path}.children.${i}`, file));
}

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  docType: Template['docType'];
}

export function summarizeTemplate(t: Template): TemplateSummary {
  return { id: t.id, name: t.name, description: t.description, docType: t.docType };
}

export interface InstantiateOptions {
  profile: UnitProfile;
  /** ISO timestamp of creation; the 成文日期 defaults to its date. */
  now: string;
}

/** A new draft from a template: structure, boilerplate with fields, guidance; field values from the profile. */
export function instantiateTemplate(t: Template, { profile, now }: InstantiateOptions): Draft {
  const draft = emptyDraft(t.docType, now, t.id);
  draft.profile = { ...profile };
  draft.options = { seal: t.options?.seal ?? false, internal: t.options?.internal ?? false };
  const year = now.slice(0, 4);
  const ctxFields: Partial<Record<DraftFieldKey, string>> = { year, docDate: now.slice(0, 10) };
  for (const [k, s] of Object.entries(t.fields)) {
    ctxFields[k as DraftFieldKey] = resolveStatic(parseFieldText(s), { ...draft, fields: ctxFields });
  }
  draft.fields = ctxFields;
  draft.body = t.body.map(toBlock);
  return draft;
}

/** Resolves a field template to a literal string (for field values such as the title). */
function resolveStatic(content: Inline[], d: Pick<Draft, 'fields' | 'profile'>): string {
  // A lone placeholder stays empty when unknown (the editor marks missing fields); inside a sentence it shows ××.
  const lone = content.length === 1 && content[0]!.t !== 'text';
  return content
    .map((p) => {
      if (p.t === 'text') return p.text;
      if (p.t === 'count') return '';
      const key = p.key;
      const value = key.startsWith('profile.') ? d.profile[key.slice(8) as keyof UnitProfile] : d.fields[key as DraftFieldKey];
      return value || (lone ? '' : '××');
    })
    .join('');
}

function withGuidance<T extends Block>(b: T, guidance: string | undefined): T {
  if (guidance) b.guidance = guidance;
  return b;
}

function toBlock(tb: TemplateBlock): Block {
  switch (tb.type) {
    case 'paragraph':
      return withGuidance(paragraph(parseFieldText(tb.text ?? ''), tb.role), tb.guidance);
    case 'enumeration':
      return withGuidance(
        enumeration(tb.style, tb.items.map(parseFieldText), parseFieldText(tb.lead ?? ''), tb.layout ?? 'inline'),
        tb.guidance,
      );
    case 'problem':
      return withGuidance(
        problem(parseFieldText(tb.title ?? ''), (tb.measures ?? []).map((m) => measure(parseFieldText(m))), {
          form: tb.form ?? 'heading',
          status: tb.status ?? 'unknown',
          measureStyle: tb.measureStyle ?? 'shi',
          measureLayout: tb.measureLayout ?? 'inline',
          ...(tb.measuresLabel ? { measuresLabel: tb.measuresLabel } : {}),
        }),
        tb.guidance,
      );
    case 'section': {
      const s = section(tb.role, parseFieldText(tb.heading ?? ''), (tb.children ?? []).map(toBlock));
      if (tb.runIn) s.runIn = true;
      if (tb.numbered === false) s.numbered = false;
      if (tb.continuousNumbering) s.continuousNumbering = true;
      if (tb.required) s.required = true;
      return withGuidance(s, tb.guidance);
    }
  }
}
