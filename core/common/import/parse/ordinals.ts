// Typed ordinals at the start of a line (一、 （一） 1. （1） 第一部分) and runs of 一是/（1） inside text.
import { parseChineseNumeral, toChineseNumeral } from '../../model/numerals';

/** Heading ordinal forms, outermost first: the form sequence decides the level, not the fixture. */
export type OrdinalForm = 'part' | 'cn' | 'cnParen' | 'arabic' | 'arabicParen';

export const FORM_RANK: Record<OrdinalForm, number> = { part: 0, cn: 1, cnParen: 2, arabic: 3, arabicParen: 4 };

export interface Ordinal {
  form: OrdinalForm;
  n: number;
  /** The typed marker, e.g. "（一）" or "1、". */
  marker: string;
  /** The line after the marker. */
  rest: string;
}

const CN = '[一二三四五六七八九十]{1,3}';

/**
 * The words of a label that introduces a problem's measures: 整改情况, 整改措施, 整改进展, 问题整改做法与成效,
 * 整改措施及成效, 整改落实情况, 整改完成情况… (without the colon).
 */
export const MEASURES_LABEL_WORDS = '(?:问题)?整改(?:措施|举措|做法|情况|进展|落实情况|完成情况|成效)(?:及|和|与)?(?:成效|进展|效果|情况)?';
/** A measures label followed by its colon, anywhere in a text. */
export const MEASURES_LABEL_INSIDE = new RegExp(`${MEASURES_LABEL_WORDS}[：:]`);
const PATTERNS: [OrdinalForm, RegExp][] = [
  ['part', new RegExp(`^第(${CN})部分[\\s：、，.．]*`)],
  ['cn', new RegExp(`^(${CN})[、．.]\\s*`)],
  ['cnParen', new RegExp(`^（(${CN})）[、．.]?\\s*`)],
  ['arabicParen', /^（(\d{1,2})）[、．.]?\s*/],
  ['arabic', /^(\d{1,2})(?:[.．](?![0-9])|、(?![0-9]))\s*/],
];

export function leadingOrdinal(line: string): Ordinal | null {
  for (const [form, re] of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const n = parseChineseNumeral(m[1]!);
    const rest = line.slice(m[0].length);
    if (n === null || n < 1 || rest.trim() === '') continue;
    // "1.5倍" or "2021." are numbers, not ordinals.
    if (form === 'arabic' && /^[0-9%％]/.test(rest)) continue;
    return { form, n, marker: m[0].trim(), rest };
  }
  return null;
}

const SHI_RE = new RegExp(`^(${CN})是`);

/** "一是…" at the start of a line: the ordinal value, else null. */
export function leadingShi(line: string): number | null {
  const m = SHI_RE.exec(line);
  return m ? parseChineseNumeral(m[1]!) : null;
}

/** "（3）…" at the start of a line. */
export function leadingParen(line: string): number | null {
  const m = /^（(\d{1,2})）/.exec(line);
  return m ? Number(m[1]) : null;
}

export interface RunSplit {
  lead: string;
  items: string[];
  /** Number of the first marker found (1 unless the text skipped it). */
  first: number;
}

const SHI_BOUNDARY = /[。；：，、！？）”\s]/;

/** Splits "lead一是…二是…" on sequential 一是/二是 markers; null unless at least `min` markers run in order. */
export function splitShiRun(text: string, min = 2, start = 1): RunSplit | null {
  const positions: { at: number; len: number }[] = [];
  let from = 0;
  for (let n = start; n < 100; n++) {
    const marker = `${toChineseNumeral(n)}是`;
    let at = text.indexOf(marker, from);
    // The marker must follow punctuation or start the text: 统一是 and 十一是 hold no 一是.
    while (at > 0 && !SHI_BOUNDARY.test(text[at - 1]!)) at = text.indexOf(marker, at + 1);
    if (at < 0) break;
    positions.push({ at, len: marker.length });
    from = at + marker.length;
  }
  if (positions.length < min) return null;
  return cut(text, positions, start);
}

/** Splits "lead（1）…（2）…" on sequential （n） markers; `allowMissingFirst` accepts a run starting at （2）. */
export function splitParenRun(text: string, min = 2, allowMissingFirst = false): RunSplit | null {
  let start = 1;
  if (!text.includes('（1）') && allowMissingFirst && text.includes('（2）')) start = 2;
  const positions: { at: number; len: number }[] = [];
  let from = 0;
  for (let n = start; n < 100; n++) {
    const marker = `（${n}）`;
    const at = text.indexOf(marker, from);
    if (at < 0) break;
    positions.push({ at, len: marker.length });
    from = at + marker.length;
  }
  if (positions.length < min) return null;
  return cut(text, positions, start);
}

function cut(text: string, positions: { at: number; len: number }[], first: number): RunSplit {
  const lead = text.slice(0, positions[0]!.at);
  const items = positions.map((p, i) => text.slice(p.at + p.len, positions[i + 1]?.at ?? text.length));
  return { lead, items, first };
}
