// Phrases in which a notice states one of the ledger's totals ("7个方面58个具体问题", "共反馈问题58个",
// "制定整改措施71项", "已完成整改45个"). Only these are compared with the ledger: a number next to 方面 or 问题 in
// any other sentence ("研究四个方面的措施", "发现问题13个") is not a total and is never flagged or bound.
import type { CountKey } from './types';
import { parseCount } from './numerals';

const N = '([0-9]{1,4}|[一二两三四五六七八九十百零〇]{1,6})';
/** Verbs by which a notice says the inspection handed over its findings. */
const GAVE = '(?:反馈|指出|提出|交办|移交|点出)(?:了|的|出)?';

interface Phrase {
  key: CountKey;
  re: RegExp;
  /**
   * A generic wording must also speak of the inspection: in its sentence ("3个方面的问题"), or in its paragraph
   * ("制定整改措施71项" after "对照巡察反馈的问题"); "提出整改措施4条" in a plan is not the ledger's total.
   */
  needsInspection?: 'sentence' | 'paragraph';
}

const PHRASES: Phrase[] = [
  // 方面: followed by the problems it holds, or handed over by the inspection.
  { key: 'aspects', re: new RegExp(`${N}个方面(?=(?:的|，|、)?(?:共|共计)?(?:[0-9]{1,4}|[一二两三四五六七八九十百零〇]{1,6})(?:个|项|条)(?:具体|突出)?问题)`, 'dg') },
  { key: 'aspects', re: new RegExp(`${GAVE}(?:意见|问题)?(?:中|主要)?(?:涉及|包括|共|分为|归纳为)?(?:共)?${N}个方面`, 'dg') },
  { key: 'aspects', re: new RegExp(`${N}个方面(?:的)?(?:具体|突出)?问题`, 'dg'), needsInspection: 'sentence' },
  // 问题
  { key: 'problems', re: new RegExp(`(?<=方面)(?:的|，|、)?(?:共|共计)?${N}(?:个|项|条)(?:具体|突出)?问题`, 'dg') },
  { key: 'problems', re: new RegExp(`${GAVE}(?:共|共计)?${N}(?:个|项|条)(?:具体|突出)?问题`, 'dg') },
  { key: 'problems', re: new RegExp(`${GAVE}(?:的)?(?:具体)?问题(?:共|共计|有)?${N}(?:个|项|条)`, 'dg') },
  { key: 'problems', re: new RegExp(`${N}(?:个|项|条)具体问题`, 'dg'), needsInspection: 'sentence' },
  // 整改措施: the total the notice says it drew up.
  { key: 'measures', re: new RegExp(`${N}(?:项|条)(?:具体)?整改(?:措施|举措)`, 'dg'), needsInspection: 'paragraph' },
  { key: 'measures', re: new RegExp(`(?:制定|明确|提出|细化)(?:了)?(?:具体)?整改(?:措施|举措)(?:共|共计)?${N}(?:项|条)`, 'dg'), needsInspection: 'paragraph' },
  // Statuses.
  { key: 'done', re: new RegExp(`已(?:全部)?(?:完成整改|整改完成|整改到位)(?:的问题)?(?:共|有)?${N}(?:个|项)|${N}(?:个|项)(?:问题)?(?:已|均已)(?:全部)?(?:完成整改|整改完成|整改到位)`, 'dg') },
  { key: 'mostlyDone', re: new RegExp(`基本完成(?:整改)?(?:的问题)?(?:共|有)?${N}(?:个|项)|${N}(?:个|项)(?:问题)?(?:已)?基本完成(?:整改)?`, 'dg') },
  { key: 'notDone', re: new RegExp(`(?:尚未|未)完成(?:整改)?(?:的问题)?(?:共|有)?${N}(?:个|项)|${N}(?:个|项)(?:问题)?(?:尚未|未)完成(?:整改)?`, 'dg') },
  { key: 'completionRate', re: /整改(?:完成率|完成比例)(?:为|达|达到|是)?([0-9]{1,3}(?:\.[0-9]+)?)[%％]/dg },
];

const INSPECTION = /反馈|巡察|巡视|指出|交办|整改方案|整改台账/;

export interface StatedCount {
  key: CountKey;
  /** The number as written ("58", "七"). */
  raw: string;
  /** Its value (a rate rounded to a whole percent). */
  value: number;
  /** [start, end) of the number in the text. */
  start: number;
  end: number;
  /** The whole phrase, for messages. */
  phrase: string;
}

function sentenceAround(t: string, i: number): string {
  let a = i;
  while (a > 0 && !'。；！？'.includes(t[a - 1]!)) a--;
  let b = i;
  while (b < t.length && !'。；！？'.includes(t[b]!)) b++;
  return t.slice(a, b);
}

/** Every stated total in a text, in order, one per number. */
export function findStatedCounts(text: string): StatedCount[] {
  if (!/[个项条%％]/.test(text)) return [];
  const out: StatedCount[] = [];
  for (const ph of PHRASES) {
    ph.re.lastIndex = 0;
    for (const m of text.matchAll(ph.re)) {
      const g = m.slice(1).findIndex((x) => x !== undefined) + 1;
      const range = g > 0 ? m.indices?.[g] : undefined;
      if (!range) continue;
      if (out.some((o) => o.start === range[0])) continue;
      if (ph.needsInspection && !INSPECTION.test(ph.needsInspection === 'sentence' ? sentenceAround(text, m.index) : text)) continue;
      const raw = m[g]!;
      const value = ph.key === 'completionRate' ? Math.round(Number(raw)) : parseCount(raw);
      if (value === null) continue;
      out.push({ key: ph.key, raw, value, start: range[0], end: range[1], phrase: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
