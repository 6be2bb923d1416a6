// Traditional-Chinese copies of a notice (a mirror site, a converter's output) and the pinyin such converters leave
// behind ("根據(jù)"): detected, and converted to Simplified with OpenCC's Taiwan/Hong Kong → mainland tables.
import { Converter } from 'opencc-js/t2cn';

const HAN = /[\u3400-\u9fff]/g;
/** Tone-marked letters: only pinyin carries them in a Chinese notice. */
const TONE = '[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]';
// A hard wrap may break an annotation across lines ("巡察(ch" / "á)"): line breaks are allowed inside it and kept.
const LETTER = `[a-zü${TONE.slice(1, -1)}]\\n?`;
const PINYIN_SYLLABLES = `(?:${LETTER}){1,6}(?:\\s(?:${LETTER}){1,6}){0,3}`;
const ANNOTATION = new RegExp(`(?<=[\\u3400-\\u9fff]\\n?)[（(]\\s*(${PINYIN_SYLLABLES})\\s*[)）]`, 'g');
const HAS_TONE = new RegExp(TONE);

let toSimplified: ((s: string) => string) | null = null;
function convert(s: string): string {
  // Built on first use: the tables take a few milliseconds to load and most notices never need them.
  toSimplified ??= Converter({ from: 'hk', to: 'cn' });
  return toSimplified(s);
}

/**
 * Removes pinyin annotations after Han characters. Tone-marked ones always go; unmarked ones ("(de)") only in a text
 * that has several marked ones, so "（ppt）" in an ordinary notice stays.
 */
export function stripPinyinAnnotations(text: string, marked = markedAnnotations(text)): { text: string; removed: number; chars: number } {
  if (marked === 0) return { text, removed: 0, chars: 0 };
  let removed = 0;
  let chars = 0;
  const out = text.replace(ANNOTATION, (all, syllables: string) => {
    if (!HAS_TONE.test(syllables) && marked < 3) return all;
    removed++;
    const breaks = all.replace(/[^\n]/g, '');
    chars += all.length - breaks.length;
    return breaks;
  });
  return { text: out, removed, chars };
}

/** Tone-marked annotations in the whole text (decides whether unmarked ones go too). */
export function markedAnnotations(text: string): number {
  let marked = 0;
  for (const m of text.matchAll(ANNOTATION)) if (HAS_TONE.test(m[1]!)) marked++;
  return marked;
}

export interface ScriptCheck {
  traditional: boolean;
  /** Han characters that conversion changes. */
  changed: number;
  han: number;
}

/** A text is Traditional when conversion would change a fair share of its Han characters (Simplified text: ~0). */
/** Frequent characters that only Traditional text uses (们 這 為 黨 …): a cheap first look before converting. */
const TRADITIONAL_ONLY = /[這個們為與對說會國發經過進關時無東車門開長問題從點實現動應當還議區黨組織鄉縣書記條務導領幹統體總變義習響據處辦圍選網級內兩]/g;

export function detectTraditional(text: string): ScriptCheck {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = sample.match(HAN)?.length ?? 0;
  if (han < 20) return { traditional: false, changed: 0, han };
  if ((sample.match(TRADITIONAL_ONLY)?.length ?? 0) < 5) return { traditional: false, changed: 0, han };
  const converted = convert(sample);
  let changed = 0;
  const n = Math.min(sample.length, converted.length);
  for (let i = 0; i < n; i++) if (sample[i] !== converted[i]) changed++;
  return { traditional: changed >= 5 && changed >= han * 0.05, changed, han };
}

export function toSimplifiedText(text: string): string {
  return convert(text);
}
