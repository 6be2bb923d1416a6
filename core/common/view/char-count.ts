// 字数 as the clerk's word processor counts it for a 公文: every printed character except whitespace — title, body,
// computed ordinals and labels, 署名 and 成文日期. One definition for the status bar and the versions panel.
import type { Draft } from '../model/types';
import { printedText, toPrinted } from '../render/printed';

export function charCount(draft: Draft): number {
  return toPrinted(draft).reduce((n, p) => n + printedText(p).replace(/\s/gu, '').length, 0);
}
