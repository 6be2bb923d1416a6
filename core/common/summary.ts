// The `qicao summary` JSON (DESIGN.md §5): the contract tooling depends on.
import { computeCounts } from './model/counts';
import type { Draft } from './model/types';

export interface Summary {
  docType: Draft['docType'];
  title: string | null;
  signer: string | null;
  date: string | null;
  sections: number;
  aspects: number | null;
  problems: number | null;
  measures: number | null;
  status: { done: number; mostlyDone: number; notDone: number; unknown: number } | null;
  contact: { phone: string | null; email: string | null; postcode: string | null } | null;
}

const orNull = (s: string | undefined): string | null => (s ? s : null);

export function summarize(draft: Draft): Summary {
  const c = computeCounts(draft.body);
  const isRect = draft.docType === 'rectification';
  const p = draft.profile;
  const hasContact = Boolean(p.phone || p.email || p.postcode);
  return {
    docType: draft.docType,
    title: orNull(draft.fields.title),
    signer: orNull(draft.fields.signer),
    date: orNull(draft.fields.docDate),
    sections: draft.body.filter((b) => b.type === 'section' && b.numbered !== false).length,
    aspects: isRect ? c.aspects : null,
    problems: isRect ? c.problems : null,
    measures: isRect && c.measures > 0 ? c.measures : null,
    status: isRect ? { done: c.done, mostlyDone: c.mostlyDone, notDone: c.notDone, unknown: c.unknown } : null,
    contact: hasContact ? { phone: orNull(p.phone), email: orNull(p.email), postcode: orNull(p.postcode) } : null,
  };
}
