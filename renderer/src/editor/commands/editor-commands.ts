// Commands the toolbar, the ledger and the keyboard dispatch; the Structure plugin handles them.
import { createCommand, type LexicalCommand } from 'lexical';
import type { ProblemStatus } from '../../../../core/common/model/types';

export const INSERT_PROBLEM_COMMAND: LexicalCommand<void> = createCommand('qicao/insert-problem');
export const INSERT_ASPECT_COMMAND: LexicalCommand<void> = createCommand('qicao/insert-aspect');
export const INSERT_MEASURE_COMMAND: LexicalCommand<void> = createCommand('qicao/insert-measure');
export const MOVE_BLOCK_COMMAND: LexicalCommand<'up' | 'down'> = createCommand('qicao/move-block');
export const DEMOTE_COMMAND: LexicalCommand<void> = createCommand('qicao/demote');
export const PROMOTE_COMMAND: LexicalCommand<void> = createCommand('qicao/promote');
export const DELETE_BLOCK_COMMAND: LexicalCommand<void> = createCommand('qicao/delete-block');

export interface ProblemPatch {
  id: string;
  status?: ProblemStatus;
  leader?: string;
  unit?: string;
  deadline?: string;
}
export const PATCH_PROBLEM_COMMAND: LexicalCommand<ProblemPatch> = createCommand('qicao/patch-problem');
/** Scrolls to a block by model id and puts the caret at the start of its text. */
export const REVEAL_BLOCK_COMMAND: LexicalCommand<string> = createCommand('qicao/reveal-block');
