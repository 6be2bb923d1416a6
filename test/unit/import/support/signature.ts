// The structural signature used to compare imports, and the comparison of a summary with an expected file.
// Needs nothing outside the repository (the corpus tests run where ../shared is missing).
import { computeCounts } from '../../../../core/common/model/counts';
import { plainInline } from '../../../../core/common/model/fields';
import type { Block, Draft } from '../../../../core/common/model/types';

/** Compares a summary with an expected file: only its keys; `problems` may be a [min, max] range. */
export function expectedMismatches(summary: Record<string, unknown>, expected: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = summary[key];
    if (key === 'problems' && Array.isArray(want)) {
      const [min, max] = want as [number, number];
      if (typeof got !== 'number' || got < min || got > max) out.push(`problems ${String(got)} not in [${min}, ${max}]`);
    } else if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  return out;
}

type Sig = unknown;

function blockSig(b: Block): Sig | null {
  switch (b.type) {
    case 'section':
      return { role: b.role, heading: plainInline(b.heading), children: b.children.map(blockSig).filter((x) => x !== null) };
    case 'problem':
      return { problem: plainInline(b.title), form: b.form, status: b.status, measures: b.measures.length, children: b.children.map(blockSig).filter((x) => x !== null) };
    case 'enumeration':
      return { enumeration: b.style, items: b.items.length };
    case 'paragraph':
      return b.role && b.role !== 'body' ? { paragraph: b.role } : null;
  }
}

/** The structure that must survive import → plain text → import: tree with roles, titles, statuses, counts. */
export function signature(d: Draft): Sig {
  const c = computeCounts(d.body);
  return {
    docType: d.docType,
    fields: { title: d.fields.title, signer: d.fields.signer, docDate: d.fields.docDate },
    profile: { phone: d.profile.phone, email: d.profile.email, postcode: d.profile.postcode },
    counts: c,
    tree: d.body.map(blockSig).filter((x) => x !== null),
  };
}
