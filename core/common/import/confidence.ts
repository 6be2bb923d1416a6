// How sure the import is: how much of the text was placed, how many blocks the clerk should check, and whether a
// notice that plainly reports rectification came out with an empty ledger.
import type { Counts } from '../model/counts';
import type { Block, DocType } from '../model/types';
import { walk } from '../model/walk';

export interface ImportConfidence {
  /** 高 / 中 / 低, as the clerk reads it. */
  level: 'high' | 'medium' | 'low';
  /** 0–1: placed share, lowered by uncertain blocks and an empty ledger. */
  score: number;
  /** Share of the notice's characters that landed in the draft (0–1). */
  placed: number;
  blocks: number;
  uncertainBlocks: number;
  /** The text reports rectification of problems, yet no problem was found. */
  emptyLedger: boolean;
}

export const CONFIDENCE_LABEL: Record<ImportConfidence['level'], string> = { high: '高', medium: '中', low: '低' };

/** Words by which a notice says it reports on the rectification of specific problems. */
const REPORTS_PROBLEMS = /(反馈问题|反馈的问题|反馈意见|具体问题|整改措施|整改情况|整改落实|问题整改|问题的整改)/g;

export function importConfidence(input: {
  docType: DocType;
  body: Block[];
  counts: Counts;
  totalChars: number;
  unplacedChars: number;
  text: string;
}): ImportConfidence {
  let blocks = 0;
  let uncertainBlocks = 0;
  walk(input.body, (b) => {
    blocks++;
    if (b.uncertain) uncertainBlocks++;
  });
  const placed = input.totalChars > 0 ? Math.max(0, 1 - input.unplacedChars / input.totalChars) : 0;
  const signals = input.text.match(REPORTS_PROBLEMS)?.length ?? 0;
  const emptyLedger = input.docType === 'rectification' && input.counts.problems === 0 && signals >= 3;
  const uncertainShare = blocks > 0 ? uncertainBlocks / blocks : 1;
  let score = placed * (1 - Math.min(0.5, uncertainShare));
  if (emptyLedger) score = Math.min(score, 0.3);
  if (input.docType === 'unknown') score = Math.min(score, 0.5);
  score = Math.round(score * 100) / 100;
  const level = score >= 0.9 ? 'high' : score >= 0.7 ? 'medium' : 'low';
  return { level, score, placed: Math.round(placed * 1000) / 1000, blocks, uncertainBlocks, emptyLedger };
}
