// The 大纲 and the 台账 panel as the clerk reads them: each heading and problem with its computed ordinal, each
// ledger row with its aspect — derived here so the panels only draw them.
import { computeCounts } from '../model/counts';
import { type ResolveContext, inlineText } from '../model/fields';
import { draftNumbering } from '../model/numbering';
import type { Draft, ProblemBlock } from '../model/types';
import { ledgerProblems, walk } from '../model/walk';

export interface OutlineItem {
  id: string;
  level: number;
  text: string;
  problem: boolean;
}

export function outlineItems(draft: Draft): OutlineItem[] {
  const numbering = draftNumbering(draft);
  const ctx: ResolveContext = { draft, counts: computeCounts(draft.body) };
  const out: OutlineItem[] = [];
  walk(draft.body, (b, c) => {
    if (b.type === 'section') out.push({ id: b.id, level: c.level, text: `${numbering.get(b.id) ?? ''}${inlineText(b.heading, ctx) || '（无标题）'}`, problem: false });
    else if (b.type === 'problem') out.push({ id: b.id, level: c.level, text: `${numbering.get(b.id) ?? ''}${inlineText(b.title, ctx) || '（未填写问题）'}`, problem: true });
  });
  return out;
}

export interface LedgerViewRow {
  problem: ProblemBlock;
  ordinal: string;
  title: string;
  /** The aspect heading with its ordinal, '' for a problem outside any aspect. */
  aspect: string;
}

export function ledgerViewRows(draft: Draft): LedgerViewRow[] {
  const numbering = draftNumbering(draft);
  const ctx: ResolveContext = { draft, counts: computeCounts(draft.body) };
  return ledgerProblems(draft.body).map(({ problem, ancestors }) => {
    const aspect = ancestors.find((a) => a.role === 'aspect');
    return {
      problem,
      ordinal: numbering.get(problem.id) ?? '',
      title: inlineText(problem.title, ctx),
      aspect: aspect ? `${numbering.get(aspect.id) ?? ''}${inlineText(aspect.heading, ctx)}` : '',
    };
  });
}
