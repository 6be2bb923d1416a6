// Test helpers: findings of one rule on a line of text, and the text after applying every offered fix.
import { checkText } from '../../../core/common/checks/index';
import type { Finding } from '../../../core/common/checks/index';

export function findings(text: string, ruleId?: string): Finding[] {
  const all = checkText(text);
  return ruleId ? all.filter((f) => f.ruleId === ruleId) : all;
}

export function ruleIds(text: string): string[] {
  return [...new Set(checkText(text).map((f) => f.ruleId))].sort();
}

/** Applies the fixes of the given findings (non-overlapping, last first), as an editor's "全部修正" would. */
export function fixAll(text: string, list: Finding[]): string {
  const fixes = list
    .filter((f) => f.fix && f.location.start !== undefined)
    .sort((a, b) => b.location.start! - a.location.start!);
  let out = text;
  let limit = Infinity;
  for (const f of fixes) {
    if (f.location.end! > limit) continue;
    out = out.slice(0, f.location.start) + f.fix!.replacement + out.slice(f.location.end);
    limit = f.location.start!;
  }
  return out;
}

export const fixed = (text: string, ruleId: string): string => fixAll(text, findings(text, ruleId));
