// The front of a notice: title (one to three lines, or none), 发文字号, and the preamble before the first heading.
import type { TextLine } from '../clean/chrome';
import { leadingOrdinal } from './ordinals';

export interface Front {
  title: string | null;
  titleLine: number | null;
  docNumber: string | null;
  /** A date printed under the title "（2025年2月17日）". */
  dateUnderTitle: string | null;
  preamble: TextLine[];
  rest: TextLine[];
}

const DOC_NUMBER = /^[\u4e00-\u9fff]{1,8}[〔[［【(（]\d{4}[〕\]］】)）]\d{1,4}号$/;
const BRACKET_DATE = /^（(\d{4}年\d{1,2}月\d{1,2}日)）$/;

function titleLike(text: string): boolean {
  return text.length <= 60 && !/[。；，：！？]$/.test(text) && !/[。；]/.test(text) && leadingOrdinal(text) === null;
}

export function splitFront(lines: TextLine[]): Front {
  let i = 0;
  let docNumber: string | null = null;
  if (lines[i] && DOC_NUMBER.test(lines[i]!.text)) docNumber = lines[i++]!.text;
  const titleParts: TextLine[] = [];
  while (i < lines.length && titleParts.length < 3 && titleLike(lines[i]!.text) && !BRACKET_DATE.test(lines[i]!.text)) {
    // A short line that opens the preamble ("各科室：") or the body is not part of the title.
    if (titleParts.length > 0 && /^(根据|按照|为|近年|今年)/.test(lines[i]!.text)) break;
    titleParts.push(lines[i++]!);
  }
  let title: string | null = titleParts.map((l) => l.text).join('');
  // A lone heading-less line that does not read as a title (e.g. a signature-like fragment) is preamble.
  if (title && !/(通报|报告|总结|计划|情况|意见|通知|方案|公告|公示)$/.test(title) && titleParts.length > 0 && title.length < 8) {
    i -= titleParts.length;
    title = null;
  }
  if (title === '') title = null;
  if (!docNumber && lines[i] && DOC_NUMBER.test(lines[i]!.text)) docNumber = lines[i++]!.text;
  let dateUnderTitle: string | null = null;
  const bd = lines[i] ? BRACKET_DATE.exec(lines[i]!.text) : null;
  if (bd) {
    dateUnderTitle = bd[1]!;
    i++;
  }
  const preamble: TextLine[] = [];
  while (i < lines.length && leadingOrdinal(lines[i]!.text) === null) preamble.push(lines[i++]!);
  return {
    title,
    titleLine: titleParts[0]?.line ?? null,
    docNumber,
    dateUnderTitle,
    preamble,
    rest: lines.slice(i),
  };
}
