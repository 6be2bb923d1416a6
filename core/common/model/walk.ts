// Tree traversal with the context every derived view needs: depth among headings and the enclosing section roles.
import type { Block, ProblemBlock, SectionBlock } from './types';

export interface WalkContext {
  /** Heading level this block would take (1 = 一、) if it is a heading. */
  level: number;
  /** Enclosing sections, outermost first. */
  ancestors: SectionBlock[];
  parent: Block[];
  index: number;
}

export type Visitor = (block: Block, ctx: WalkContext) => void;

export function walk(blocks: Block[], visit: Visitor, ancestors: SectionBlock[] = []): void {
  blocks.forEach((block, index) => {
    const ctx: WalkContext = { level: ancestors.length + 1, ancestors, parent: blocks, index };
    visit(block, ctx);
    if (block.type === 'section') walk(block.children, visit, [...ancestors, block]);
    else if (block.type === 'problem') walk(block.children, visit, ancestors);
  });
}

/** Problems inside 需进一步整改 sections repeat ledger problems as follow-ups; they are not counted again. */
export function isFollowUp(ancestors: SectionBlock[]): boolean {
  return ancestors.some((s) => s.role === 'further');
}

export function ledgerProblems(blocks: Block[]): { problem: ProblemBlock; ancestors: SectionBlock[] }[] {
  const out: { problem: ProblemBlock; ancestors: SectionBlock[] }[] = [];
  walk(blocks, (b, ctx) => {
    if (b.type === 'problem' && !isFollowUp(ctx.ancestors)) out.push({ problem: b, ancestors: ctx.ancestors });
  });
  return out;
}

