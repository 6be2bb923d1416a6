// Section 三 (需要进一步整改的事项) derived from the ledger: every problem not yet 已完成, grouped by status, as
// follow-ups. Text the clerk already wrote for a follow-up (原因及下一步措施) is never lost when it is regenerated:
// matched to its problem again, or kept in a flagged group when no unfinished problem matches it.
import { paragraph, problem, section } from './build';
import { plainInline } from './fields';
import type { Block, ProblemBlock, ProblemStatus, SectionBlock } from './types';
import { isFollowUp, ledgerProblems, walk } from './walk';

const GROUPS: { heading: string; statuses: ProblemStatus[] }[] = [
  { heading: '基本完成整改的问题', statuses: ['mostly-done'] },
  { heading: '正在推进整改的问题', statuses: ['ongoing'] },
  { heading: '未完成整改的问题', statuses: ['not-done'] },
];

export const FOLLOW_UP_LEAD = '需进一步整改的原因及下一步措施：';

const key = (p: ProblemBlock): string => plainInline(p.title).replace(/[。；，\s]+$/u, '');

/** Follow-up problems already written, by title, so regeneration never throws the clerk's text away. */
function existingFollowUps(body: Block[]): Map<string, ProblemBlock> {
  const out = new Map<string, ProblemBlock>();
  walk(body, (b, ctx) => {
    if (b.type === 'problem' && isFollowUp(ctx.ancestors)) out.set(key(b), b);
  });
  return out;
}

/** The children of section 三 for the ledger as it stands. */
export function furtherSectionChildren(body: Block[]): Block[] {
  const written = existingFollowUps(body);
  const problems = ledgerProblems(body).map((x) => x.problem);
  const groups: SectionBlock[] = [];
  const used = new Set<ProblemBlock>();
  for (const g of GROUPS) {
    const members = problems.filter((p) => g.statuses.includes(p.status));
    if (members.length === 0) continue;
    groups.push(
      section('group', g.heading, members.map((p) => {
        const kept = written.get(key(p));
        if (kept) {
          used.add(kept);
          return kept;
        }
        const follow = problem(structuredClone(p.title), [], {
          status: p.status, measuresLabel: '整改情况', measureStyle: p.measureStyle, measureLayout: 'inline',
        });
        const reason = paragraph(FOLLOW_UP_LEAD);
        reason.guidance = '写明未能完成的原因、下一步措施和完成时限。';
        follow.children = [reason];
        follow.guidance = '概述已采取的整改措施和目前进展。';
        return follow;
      })),
    );
  }
  // Follow-ups the clerk wrote whose problem is now done or no longer in the ledger are kept, flagged, never dropped.
  const orphans = [...written.values()].filter((p) => !used.has(p) && hasWrittenText(p));
  if (orphans.length > 0) {
    for (const p of orphans) p.uncertain = ORPHAN_NOTE;
    groups.push(section('group', '其他需进一步整改的问题', orphans));
  }
  return groups;
}

/** A follow-up the clerk (or an imported notice) wrote into, as opposed to an untouched generated one. */
function hasWrittenText(p: ProblemBlock): boolean {
  if (p.measures.some((m) => plainInline(m.content).trim() !== '')) return true;
  let written = false;
  walk(p.children, (b) => {
    if (b.type === 'paragraph') {
      const t = plainInline(b.content).trim();
      if (t !== '' && t !== FOLLOW_UP_LEAD) written = true;
    }
  });
  return written;
}

export const ORPHAN_NOTE = '整改台账中没有对应的未完成问题（可能已标为已完成，或标题不同）；请确认是否仍需列出，不需要时删除。';

/** Replaces the children of the draft's 需进一步整改 section (adding the section after the ledger if missing). */
export function regenerateFurtherSection(body: Block[]): Block[] {
  const children = furtherSectionChildren(body);
  const at = body.findIndex((b) => b.type === 'section' && b.role === 'further');
  if (at >= 0) {
    const s = body[at] as SectionBlock;
    return body.map((b, i) => (i === at ? { ...s, children } : b));
  }
  const after = body.findIndex((b) => b.type === 'section' && b.role === 'rectification');
  const created = section('further', '需要进一步整改的事项及措施', children);
  const out = [...body];
  out.splice(after >= 0 ? after + 1 : out.length, 0, created);
  return out;
}

/**
 * The problems section 三 lists now and would no longer list after regeneration, with how much is written under each:
 * regeneration follows the ledger, so the clerk is asked before text written for them is dropped.
 */
export function furtherWouldDrop(body: Block[]): { title: string; chars: number }[] {
  const kept = new Set(furtherProblems(regenerateFurtherSection(body)).map(key));
  return furtherProblems(body)
    .filter((p) => !kept.has(key(p)))
    .map((p) => {
      let chars = 0;
      walk([p], (b) => {
        if (b.type === 'paragraph') chars += plainInline(b.content).length;
        else if (b.type === 'problem') chars += plainInline(b.title).length + b.measures.reduce((n, m) => n + plainInline(m.content).length, 0);
      });
      return { title: plainInline(p.title), chars };
    });
}

function furtherProblems(body: Block[]): ProblemBlock[] {
  const s = body.find((b): b is SectionBlock => b.type === 'section' && b.role === 'further');
  const out: ProblemBlock[] = [];
  if (s) walk(s.children, (b) => void (b.type === 'problem' && out.push(b)));
  return out;
}

