// Every proofreading rule, in the order the settings list them. Add a rule: one file in rules/, one line here.
import { countsCountRef } from './rules/counts-count-ref';
import { countsProse } from './rules/counts-prose';
import { countsStatusText } from './rules/counts-status-text';
import { datesChronology } from './rules/dates-chronology';
import { datesFormat } from './rules/dates-format';
import { datesJiezhi } from './rules/dates-jiezhi';
import { numbersDateForms } from './rules/numbers-date-forms';
import { numbersDocNumber } from './rules/numbers-doc-number';
import { numbersFullWidth } from './rules/numbers-full-width';
import { numbersShortYear } from './rules/numbers-short-year';
import { punctAscii } from './rules/punct-ascii';
import { punctDash } from './rules/punct-dash';
import { punctDunhao } from './rules/punct-dunhao';
import { punctEllipsis } from './rules/punct-ellipsis';
import { punctNesting } from './rules/punct-nesting';
import { punctOrdinal } from './rules/punct-ordinal';
import { punctPairing } from './rules/punct-pairing';
import { punctRepeated } from './rules/punct-repeated';
import { punctSpace } from './rules/punct-space';
import { similarityCarried } from './rules/similarity-carried';
import { similarityParagraph } from './rules/similarity-paragraph';
import { similarityStatistics } from './rules/similarity-statistics';
import { structureEmpty } from './rules/structure-empty';
import { structureHandNumbering } from './rules/structure-hand-numbering';
import { structureHeadingLevels } from './rules/structure-heading-levels';
import { structureHeadingPunct } from './rules/structure-heading-punct';
import { structurePlaceholder } from './rules/structure-placeholder';
import { structureRequiredFields } from './rules/structure-required-fields';
import { structureRequiredSections } from './rules/structure-required-sections';
import { structureTypedOrdinal } from './rules/structure-typed-ordinal';
import { structureUncertain } from './rules/structure-uncertain';
import type { Rule } from './types';
import { wordingConfusable } from './rules/wording-confusable';
import { wordingGlyph } from './rules/wording-glyph';

export const RULES: Rule[] = [
  // 结构
  structureRequiredSections,
  structureRequiredFields,
  structureEmpty,
  structurePlaceholder,
  structureHeadingLevels,
  structureTypedOrdinal,
  structureHandNumbering,
  structureHeadingPunct,
  structureUncertain,
  // 计数
  countsCountRef,
  countsProse,
  countsStatusText,
  // 日期
  datesFormat,
  datesChronology,
  datesJiezhi,
  // 标点 (GB/T 15834)
  punctAscii,
  punctEllipsis,
  punctDash,
  punctPairing,
  punctNesting,
  punctDunhao,
  punctOrdinal,
  punctRepeated,
  punctSpace,
  // 数字 (GB/T 15835) 与发文字号
  numbersDateForms,
  numbersFullWidth,
  numbersShortYear,
  numbersDocNumber,
  // 雷同
  similarityParagraph,
  similarityStatistics,
  similarityCarried,
  // 用字
  wordingConfusable,
  wordingGlyph,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
