// 以往年稿为基础新建: runs the pure carry-forward on a stored draft and stores the result as a new draft.
import { type CarryForwardOptions, type CarryForwardResult, startFromPreviousYear } from '../../common/carry-forward';
import { mergeUnitProfile } from '../../common/model/profile-merge';
import type { UnitProfile } from '../../common/model/types';
import type { Store } from '../store/store';
import type { DraftLibrary } from './drafts';
import type { DraftSummary } from './types';

export class CarryForward {
  constructor(private readonly store: Store, private readonly drafts: DraftLibrary, private readonly profile: () => UnitProfile) {}

  /** The new draft is saved; `statistics` and `fieldChanges` tell the UI what to highlight and what was changed. */
  startFromPreviousYear(draftId: string, opts: Omit<CarryForwardOptions, 'now'> = {}): CarryForwardResult & { summary: DraftSummary } {
    const carried = startFromPreviousYear(this.drafts.get(draftId), { ...opts, now: this.store.clock() });
    // This year's 单位信息 replaces last year's contact details (phone numbers and mailboxes change); each change is
    // listed for the clerk with the other field changes.
    const { draft, changes } = mergeUnitProfile(carried.draft, this.profile(), 'replace');
    const fieldChanges = [
      ...carried.fieldChanges,
      ...changes.map((c) => ({ key: c.key, label: c.label, before: c.before, after: c.after, action: 'moved' as const })),
    ];
    const summary = this.drafts.create(draft);
    // The stored draft, with the revision (updatedAt) the library gave it: the editor's first save is based on it.
    return { ...carried, draft: this.drafts.get(draft.id), fieldChanges, summary };
  }
}
