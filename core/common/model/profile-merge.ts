// 单位信息 (the library's unit profile) meets a draft that did not start from a template: an imported notice, or
// next year's draft carried from last year's. The clerk's 单位信息 is this year's truth, but what a notice published
// stays as published: an import only fills what the notice left out and reports differences; a new year's draft
// takes the current 单位信息, and says what it replaced.
import { fieldDef } from './fields';
import type { Draft, ProfileFieldKey, UnitProfile } from './types';

export interface ProfileChange {
  key: ProfileFieldKey;
  label: string;
  before: string;
  after: string;
  /** filled: the draft had no value; replaced: the 单位信息 value replaced the draft's; differs: kept the draft's. */
  action: 'filled' | 'replaced' | 'differs';
}

/**
 * `fill` (import): empty values come from `saved`; a differing value is kept and reported.
 * `replace` (next year's draft): every value `saved` has replaces the draft's.
 */
export function mergeUnitProfile(draft: Draft, saved: UnitProfile, policy: 'fill' | 'replace'): { draft: Draft; changes: ProfileChange[] } {
  const profile: UnitProfile = { ...draft.profile };
  const changes: ProfileChange[] = [];
  for (const k of Object.keys(saved) as (keyof UnitProfile)[]) {
    const want = (saved[k] ?? '').trim();
    const have = (profile[k] ?? '').trim();
    if (!want || want === have) continue;
    const key = `profile.${k}` as ProfileFieldKey;
    const label = fieldDef(key)?.label ?? k;
    if (!have) {
      profile[k] = want;
      changes.push({ key, label, before: '', after: want, action: 'filled' });
    } else if (policy === 'replace') {
      profile[k] = want;
      changes.push({ key, label, before: have, after: want, action: 'replaced' });
    } else {
      changes.push({ key, label, before: have, after: want, action: 'differs' });
    }
  }
  return { draft: { ...draft, profile }, changes };
}

/** One line for the import report per difference the clerk should know about. */
export function describeProfileChange(c: ProfileChange): string {
  switch (c.action) {
    case 'filled':
      return `${c.label}按单位信息填入：${c.after}。`;
    case 'replaced':
      return `${c.label}已按单位信息更新：${c.before} → ${c.after}。`;
    case 'differs':
      return `通报中的${c.label}（${c.before}）与单位信息（${c.after}）不同，文稿保留通报原文；如需改用单位信息，请在“字段”中修改。`;
  }
}
