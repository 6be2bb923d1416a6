// Pasted lines → model blocks: typed ordinals (一、（一）1.（1）) become section structure, their numbers dropped
// because numbering is computed (DESIGN.md §3). Returns null when the lines carry no ordinals (plain paste).
// Ordinals are recognised by the import parser's own reader (core/common/import/parse/ordinals.ts), so a paste and an
// import read the same line the same way. A plain 1./2./3. list (a web page's <ol>, items under 一、 with no （一）)
// is not a run of headings: it stays as written, numbers included, instead of becoming sub-sections numbered anew.
import { type Ordinal, leadingOrdinal as coreOrdinal } from '../../../../core/common/import/parse/ordinals';
import { paragraph, section } from '../../../../core/common/model/build';
import type { Block, Inline, SectionBlock } from '../../../../core/common/model/types';

type Form = Exclude<Ordinal['form'], 'part'>;

/** Half-width brackets, as web pages and WPS type them, read as the full-width ones notices print. */
const fullWidthParens = (line: string): string => line.replace(/^\(([一二三四五六七八九十]{1,3}|\d{1,2})\)/, '（$1）');

export function leadingOrdinal(line: string): { form: Form; rest: string } | null {
  const o = coreOrdinal(fullWidthParens(line));
  if (!o || o.form === 'part') return null;
  // "1.年度…" or "3、月…" read as dates cut short, not ordinals.
  if (o.form === 'arabic' && /^[年月日]/.test(o.rest)) return null;
  return { form: o.form, rest: o.rest };
}

/**
 * Indices of lines that are items of a plain numbered list, not headings: 1./1、 lines with no （一） level above
 * them since the last 一、 (a notice's problems sit under （一）; a list under 一、 or under nothing is a list).
 */
export function listItemLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  let cnParenSeen = false;
  lines.forEach((line, i) => {
    const o = leadingOrdinal(line);
    if (!o) return;
    if (o.form === 'cn') cnParenSeen = false;
    else if (o.form === 'cnParen') cnParenSeen = true;
    else if (o.form === 'arabic' && !cnParenSeen) out.add(i);
  });
  return out;
}

/** A heading line that runs on into body text ("（一）提高站位。党组…") splits at its first full stop. */
function splitRunIn(rest: string): [string, string] {
  const i = rest.indexOf('。');
  if (i > 0 && i < rest.length - 1 && i <= 40) return [rest.slice(0, i + 1), rest.slice(i + 1)];
  return [rest, ''];
}

export function linesToBlocks(lines: string[]): Block[] | null {
  const items = listItemLines(lines);
  if (!lines.some((l, i) => !items.has(i) && leadingOrdinal(l))) return null;
  const rank = new Map<Form, number>();
  const out: Block[] = [];
  const stack: { level: number; s: SectionBlock }[] = [];
  lines.forEach((line, i) => {
    const o = items.has(i) ? null : leadingOrdinal(line);
    if (!o) {
      const p = paragraph(line);
      (stack.at(-1)?.s.children ?? out).push(p);
      return;
    }
    if (!rank.has(o.form)) rank.set(o.form, rank.size);
    const level = rank.get(o.form)!;
    while (stack.length && stack.at(-1)!.level >= level) stack.pop();
    const [heading, body] = splitRunIn(o.rest);
    const s = section('generic', heading, body ? [paragraph(body)] : [], body ? { runIn: true } : {});
    (stack.at(-1)?.s.children ?? out).push(s);
    stack.push({ level, s });
  });
  return out;
}

const plain = (content: Inline[]): string => content.map((c) => (c.t === 'text' ? c.text : '')).join('');

/**
 * The import parser's blocks for a paste, with the plain-list items of `lines` put back as the paragraphs they were
 * (number and all): the parser reads every 1. as a heading, which renumbers a list as sub-sections.
 */
export function keepListsAsWritten(blocks: Block[], lines: string[]): Block[] {
  const items = [...listItemLines(lines)].map((i) => ({ line: lines[i]!, rest: leadingOrdinal(lines[i]!)!.rest }));
  if (!items.length) return blocks;
  const match = (s: SectionBlock): string | null => {
    const head = plain(s.heading);
    const first = s.runIn && s.children[0]?.type === 'paragraph' ? plain(s.children[0].content) : '';
    const hit = items.find((it) => head && it.rest.startsWith(head) && (!first || it.rest === head + first || it.rest.startsWith(head + first)));
    return hit?.line ?? null;
  };
  const walk = (list: Block[]): Block[] => list.flatMap((b): Block[] => {
    if (b.type !== 'section') return [b];
    const line = match(b);
    const children = walk(b.children);
    if (line === null) return [{ ...b, children }];
    return [paragraph(line), ...(b.runIn ? children.slice(1) : children)];
  });
  return walk(blocks);
}
