// Constructors for blocks and drafts, so importers, templates and tests build trees the same way.
import { newId } from './ids';
import type {
  Block, DocType, Draft, EnumerationBlock, Inline, Measure, ParagraphBlock, ParagraphRole, ProblemBlock,
  ProblemStatus, SectionBlock, SectionRole,
} from './types';
import { EMPTY_PROFILE, SCHEMA_VERSION } from './types';

export const text = (s: string): Inline[] => (s ? [{ t: 'text', text: s }] : []);

export function paragraph(content: Inline[] | string, role?: ParagraphRole): ParagraphBlock {
  const p: ParagraphBlock = { type: 'paragraph', id: newId('p'), content: typeof content === 'string' ? text(content) : content };
  if (role) p.role = role;
  return p;
}

export function section(
  role: SectionRole,
  heading: Inline[] | string,
  children: Block[] = [],
  extra: Partial<Omit<SectionBlock, 'type' | 'id' | 'role' | 'heading' | 'children'>> = {},
): SectionBlock {
  return {
    type: 'section', id: newId('s'), role,
    heading: typeof heading === 'string' ? text(heading) : heading,
    children, ...extra,
  };
}

export function measure(content: Inline[] | string, status?: ProblemStatus): Measure {
  const m: Measure = { id: newId('m'), content: typeof content === 'string' ? text(content) : content };
  if (status) m.status = status;
  return m;
}

export function problem(
  title: Inline[] | string,
  measures: Measure[] = [],
  extra: Partial<Omit<ProblemBlock, 'type' | 'id' | 'title' | 'measures'>> = {},
): ProblemBlock {
  return {
    type: 'problem', id: newId('q'),
    title: typeof title === 'string' ? text(title) : title,
    form: 'heading', status: 'unknown', measureStyle: 'shi', measureLayout: 'inline',
    measures, children: [], ...extra,
  };
}

export function enumeration(
  style: 'shi' | 'paren',
  items: (Inline[] | string)[],
  lead: Inline[] | string = [],
  layout: 'inline' | 'block' = 'inline',
): EnumerationBlock {
  return {
    type: 'enumeration', id: newId('e'), style, layout,
    lead: typeof lead === 'string' ? text(lead) : lead,
    items: items.map((c) => ({ id: newId('i'), content: typeof c === 'string' ? text(c) : c })),
  };
}

export function emptyDraft(docType: DocType, now: string, templateId: string | null = null): Draft {
  return {
    schemaVersion: SCHEMA_VERSION, id: newId('d'), docType, templateId,
    fields: {}, profile: { ...EMPTY_PROFILE }, body: [],
    options: { seal: false, internal: false },
    createdAt: now, updatedAt: now,
  };
}

/** A deep copy with fresh ids, for carrying a draft into a new one. */
export function cloneWithNewIds<T extends Block>(block: T): T {
  const copy = structuredClone(block) as Block;
  const renew = (b: Block): void => {
    b.id = newId(b.id.split('_')[0]);
    if (b.type === 'section') b.children.forEach(renew);
    if (b.type === 'problem') {
      b.measures.forEach((m) => (m.id = newId('m')));
      b.children.forEach(renew);
    }
    if (b.type === 'enumeration') b.items.forEach((i) => (i.id = newId('i')));
  };
  renew(copy);
  return copy as T;
}
