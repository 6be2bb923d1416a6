// Carrying a draft into a new year or a user template (pure; the library service stores the results).
export {
  type CarryForwardOptions, type CarryForwardResult, type DateFieldPolicy, DEFAULT_DATE_POLICY, type FieldChange,
  shiftYears, startFromPreviousYear,
} from './start-from-previous-year';
export { type CarriedFact, type FactKind, type FactPart, type TextFact, findBlockFacts, findFacts } from './statistics';
export { type UserTemplateResult, toUserTemplate } from './user-template';
