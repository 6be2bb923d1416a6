// Pasted lines → model blocks: typed ordinals (一、（一）1.（1）) become section structure, their numbers dropped
// because numbering is computed (DESIGN.md §3). Returns null when the lines carry no ordinals (plain paste).
import { paragraph, section } from '../../../../core/common/model/build';
import { parseChineseNumeral } from '../../../../core/common/model/numerals';
import type { Block, SectionBlock } from '../../../../core/common/model/types';

type Form = 'cn' | 'cnParen' | 'arabic' | 'arabicParen';
const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: [Form, RegExp][] = [
  ['cn', new RegExp(`^(${CN})[、．.]\\s*`)],
  ['cnParen', new RegExp(`^[（(](${CN})[）)][、．.]?\\s*`)],
  ['arabicParen', /^[（(](\d{1,2})[）)][、．.]?\s*/],
  ['arabic', /^(\d{1,2})(?:[.．](?![0-9])|、)\s*/],
];

export function leadingOrdinal(line: string): { form: Form; rest: string } | null {
  for (const [form, re] of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    if (parseChineseNumeral(m[1]!) === null || !rest) continue;
    if (form === 'arabic' && /^[0-9%％年月日]/.test(rest)) continue;
    return { form, rest };
  }
  return null;
}

/** A heading line that runs on into body text ("（一）提高站位。党组…") splits at its first full stop. */
function splitRunIn(rest: string): [string, string] {
  const i = rest.indexOf('。');
  if (i > 0 && i < rest.length - 1 && i <= 40) return [rest.slice(0, i + 1), rest.slice(i + 1)];
  return [rest, ''];
}

export function linesToBlocks(lines: string[]): Block[] | null {
  if (!lines.some((l) => leadingOrdinal(l))) return null;
  const rank = new Map<Form, number>();
  const out: Block[] = [];
  const stack: { level: number; s: SectionBlock }[] = [];
  for (const line of lines) {
    const o = leadingOrdinal(line);
    if (!o) {
      const p = paragraph(line);
      (stack.at(-1)?.s.children ?? out).push(p);
      continue;
    }
    if (!rank.has(o.form)) rank.set(o.form, rank.size);
    const level = rank.get(o.form)!;
    while (stack.length && stack.at(-1)!.level >= level) stack.pop();
    const [heading, body] = splitRunIn(o.rest);
    const s = section('generic', heading, body ? [paragraph(body)] : [], body ? { runIn: true } : {});
    (stack.at(-1)?.s.children ?? out).push(s);
    stack.push({ level, s });
  }
  return out;
}
