// A notice pasted as one long line (a web page's text copied without breaks): restores paragraph breaks at ordinals.
import { toChineseNumeral } from '../../model/numerals';
import { MEASURES_LABEL_WORDS } from '../parse/ordinals';
import type { TextLine } from './chrome';

const MIN_FLAT = 400;
const PAREN_HEAD_WITH_LABEL = new RegExp(`^（\\d{1,2}）[^。]{2,60}。?${MEASURES_LABEL_WORDS}[：:]`);
const CN = '[一二三四五六七八九十]{1,3}';

/** True when a line holds several headings run together. */
function looksFlat(s: string): boolean {
  if (s.length < MIN_FLAT) return false;
  const levelOne = new RegExp(`[。；！？”）\\s]二、`).test(s) && /一、/.test(s);
  const levelTwo = /（一）/.test(s) && /（二）/.test(s) && /（三）/.test(s);
  const parts = /第一部分/.test(s) && /第二部分/.test(s);
  return levelOne || levelTwo || parts;
}

const INLINE_CHROME: RegExp[] = [
  /网站支持IPv?6/gi,
  /(当前位置|您现在的位置|您的位置)[：:]\s*首页(?:\s*[>＞»›]\s*(?:政府信息公开|政务公开|通知公告|工作动态|信息公开|通告公告|公示公告|部门动态|新闻中心|[^\s>＞»›]{2,6}?(?=\s|[>＞»›])))*/g,
  /\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(\s*来源[：:]\S*?(?=\s|字号|根据|按照))?(\s*字号[：:]?(\s*[大中小])*)?/g,
  /(附件下载|相关链接)[\s\S]*$/,
];

/** Inserts line breaks; each piece keeps the line number of the flat line. */
export function splitFlatLines(lines: TextLine[]): { lines: TextLine[]; split: boolean } {
  let split = false;
  const out: TextLine[] = [];
  for (const l of lines) {
    if (!looksFlat(l.text)) {
      out.push(l);
      continue;
    }
    split = true;
    let s = l.text;
    for (const re of INLINE_CHROME) s = s.replace(re, ' ');
    for (const piece of breakFlat(s.trim())) if (piece.trim()) out.push({ text: piece.trim(), line: l.line });
  }
  return { lines: out, split };
}

function breakFlat(s: string): string[] {
  const cuts = new Set<number>();
  // Title: the opening words up to 通报/报告/总结/计划 followed by the preamble.
  const t = /^(.{6,90}?(?:通报|报告|总结|工作计划|情况))\s*(?=根据|按照|为|近年|今年|自|\d{4}年|一、)/.exec(s);
  if (t) cuts.add(t[1]!.length);
  // 一、二、… and 第一部分… in sequence, after sentence-ending punctuation.
  for (const fmt of [(n: number) => `${toChineseNumeral(n)}、`, (n: number) => `第${toChineseNumeral(n)}部分`]) {
    let from = 0;
    for (let n = 1; n < 30; n++) {
      const marker = fmt(n);
      let at = s.indexOf(marker, from);
      while (at > 0 && !/[。；！？”）\s]/.test(s[at - 1]!)) at = s.indexOf(marker, at + 1);
      if (at < 0) break;
      cuts.add(at);
      from = at + marker.length;
    }
  }
  for (const m of s.matchAll(new RegExp(`（${CN}）`, 'g'))) if (s[m.index - 1] !== '第') cuts.add(m.index);
  // 1. 2. … in sequence (restarting at 1), not numbers such as 2.8 or 第1、.
  let last = 0;
  for (const m of s.matchAll(/(?<![0-9.．%第])(\d{1,2})[.．、](?=[\u4e00-\u9fff“《（])(?![次个名项件年月日号人万元倍家条])/g)) {
    const n = Number(m[1]);
    if (n === 1 || n === last + 1) {
      cuts.add(m.index);
      last = n;
    }
  }
  // （n） opening a problem heading: after a heading without a full stop, or followed by a short title and a label.
  for (const m of s.matchAll(/（(\d{1,2})）/g)) {
    const prev = s[m.index - 1] ?? '';
    const after = s.slice(m.index, m.index + 90);
    if (/[\u4e00-\u9fff]/.test(prev) || PAREN_HEAD_WITH_LABEL.test(after)) cuts.add(m.index);
  }
  for (const m of s.matchAll(new RegExp(`。(?=(${MEASURES_LABEL_WORDS}|需进一步整改的原因及下一步措施|未完成整改的原因及下一步措施|需要进一步整改的原因及下一步措施)[：:])`, 'g'))) cuts.add(m.index + 1);
  // Inline problems: "…。一是针对…的问题，已完成整改" or "…不严一是针对…" after a heading without a full stop.
  const head = `针对[^。]{0,200}?(?:问题，?|。)(?:已|基本|尚未|未|正在)`;
  for (const m of s.matchAll(new RegExp(`。(?=(?:${CN}是)?${head})`, 'g'))) cuts.add(m.index + 1);
  for (const m of s.matchAll(new RegExp(`(?<=[\\u4e00-\\u9fff”])(?=${CN}是${head})`, 'g'))) cuts.add(m.index);
  for (const m of s.matchAll(/。\s*(?=欢迎广大|特此(通报|报告))/g)) cuts.add(m.index + 1);
  // Paragraphs separated by a single space after the end of a sentence.
  for (const m of s.matchAll(/[。！？”] (?=[\u4e00-\u9fff“（])/g)) cuts.add(m.index + 1);
  // Signer and date at the very end.
  const end = /[。）]\s*([^。]{2,30}?)\s*((?:\d{4}|[〇零Oo○◯0一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)\s*(附件[：:].{0,80})?$/.exec(s);
  if (end) {
    const signerAt = end.index + end[0].indexOf(end[1]!);
    cuts.add(signerAt);
    cuts.add(s.indexOf(end[2]!, signerAt + end[1]!.length));
    if (end[3]) cuts.add(s.lastIndexOf(end[3]));
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < s.length).sort((a, b) => a - b);
  const pieces: string[] = [];
  let prev = 0;
  for (const c of sorted) {
    pieces.push(s.slice(prev, c));
    prev = c;
  }
  pieces.push(s.slice(prev));
  return pieces;
}
