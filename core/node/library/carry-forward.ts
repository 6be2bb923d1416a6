// 以往年稿为基础新建: runs the pure carry-forward on a stored draft and stores the result as a new draft.
import { type CarryForwardOptions, type CarryForwardResult, startFromPreviousYear } from '../../common/carry-forward';
import type { Store } from '../store/store';
import type { DraftLibrary } from './drafts';
import type { DraftSummary } from './types';

export class CarryForward {
  constructor(private readonly store: Store, private readonly drafts: DraftLibrary) {}

  /** The new draft is saved; `statistics` and `fieldChanges` tell the UI what to highlight and what was changed. */
  startFromPreviousYear(draftId: string, opts: Omit<CarryForwardOptions, 'now'> = {}): CarryForwardResult & { summary: DraftSummary } {
    const result = startFromPreviousYear(this.drafts.get(draftId), { ...opts, now: this.store.clock() });
    const summary = this.drafts.create(result.draft);
    return { ...result, summary };
  }
}
