// Proofreading (校对) before sign-off: the public surface of core/common/checks.
export { checkDraft, checkText, countBySeverity } from './runner';
export { RULES, ruleById } from './registry';
export { applyFixToInlines, applyFixToText } from './fix';
export { describeLocation } from './describe';
export type { CheckOptions, Finding, FindingField, FindingFix, FindingLocation, Rule, Severity } from './types';
