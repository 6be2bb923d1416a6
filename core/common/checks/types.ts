// Shapes of the proofreading (校对) findings and of the rules that produce them.
import type { Counts } from '../model/counts';
import type { Numbering } from '../model/numbering';
import type { Block, CountKey, Draft, FieldKey, SectionBlock } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Which text of a block a finding is in. 'title' is a problem's title when blockId is set, the draft's 标题
 * field when blockId is null. 'lead'/'item' are an enumeration's lead and items, 'measure' a problem's 整改措施.
 */
export type FindingField =
  | 'heading' | 'title' | 'content' | 'lead' | 'item' | 'measure' | 'statusPhrase'
  | FieldKey;

export interface FindingLocation {
  /** The block to fix; null for a draft field (标题, 署名, 成文日期…) or for text checked outside a draft. */
  blockId: string | null;
  field?: FindingField;
  measureId?: string;
  /** Enumeration item id (field 'item'). */
  itemId?: string;
  /**
   * Offsets in the text of that field as the clerk sees it: text runs plus the values of field and count refs,
   * without computed ordinals (一、 一是 （1）), which are never typed text.
   */
  start?: number;
  end?: number;
}

export interface FindingFix {
  /** What the button says, e.g. 改为“，”. */
  label: string;
  /** Replaces [start, end) of the location's text. */
  replacement: string;
  /** Instead of text, [start, end) becomes a count bound to the ledger (the clerk chose 按台账计算). */
  count?: CountKey;
}

export interface Finding {
  /** ruleId + location + hash of the offending text: stable across edits elsewhere, so an ignore can be kept. */
  id: string;
  ruleId: string;
  severity: Severity;
  message: string;
  location: FindingLocation;
  excerpt: string;
  fix?: FindingFix;
}

export interface CheckOptions {
  /** The same unit's draft of the previous year, for 雷同 checks. */
  previous?: Draft;
  /** Finding ids the clerk chose to ignore for this draft. */
  ignored?: string[];
}

/** One piece of editable text: a heading, a paragraph, a problem title, a measure, a draft field… */
export interface TextUnit {
  location: Omit<FindingLocation, 'start' | 'end'>;
  text: string;
  /** [start, end) of text that comes from field or count refs: not typed here, never flagged by text rules. */
  locked: [number, number][];
  kind: 'heading' | 'prose' | 'field';
  /** The block the text belongs to (absent for draft fields and checkText). */
  block?: Block;
  ancestors: SectionBlock[];
  /** Offset added to reported positions (checkText reports offsets in the whole text it was given). */
  base: number;
}

export interface RuleContext {
  /** Absent when checking bare text (checkText). */
  draft?: Draft;
  counts?: Counts;
  /** Computed ordinals by block, measure and item id (absent for bare text). */
  numbering?: Numbering;
  units: TextUnit[];
  previous?: Draft;
}

export interface Report {
  unit?: TextUnit;
  /** For findings that are not in a text unit (draft fields, whole blocks). */
  location?: FindingLocation;
  start?: number;
  end?: number;
  message: string;
  fix?: FindingFix;
  severity?: Severity;
  excerpt?: string;
  /** Text hashed into the id when the offending text alone is not distinctive (defaults to text around it). */
  key?: string;
  /** Report even though the range covers a field or count ref (the rule is about that ref). */
  allowLocked?: boolean;
}

export type Reporter = (r: Report) => void;

export interface Rule {
  id: string;
  severity: Severity;
  /** Short Chinese name for the settings and the grouped list. */
  name: string;
  /** Runs on every text unit, in a draft and in bare text. */
  text?: (unit: TextUnit, report: Reporter, ctx: RuleContext) => void;
  /** Runs once per draft. */
  draft?: (ctx: Required<Pick<RuleContext, 'draft' | 'counts'>> & RuleContext, report: Reporter) => void;
}
