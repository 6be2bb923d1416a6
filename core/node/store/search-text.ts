// The text the search index holds for a draft: its title and the printed paragraphs, one per line.
import { fieldText } from '../../common/model/fields';
import type { Draft } from '../../common/model/types';
import { printedText, toPrinted } from '../../common/render/printed';
import { charCount } from '../../common/view/char-count';

export function draftTitle(draft: Draft): string {
  return fieldText(draft, 'title').trim();
}

/** Body text as printed (numbering included, title/signer/date excluded since the title is indexed apart). */
export function draftBodyText(draft: Draft): string {
  return toPrinted(draft)
    .filter((p) => p.kind !== 'title')
    .map(printedText)
    .join('\n');
}

/** 年度 shown in the library: the year field of a work summary, else the year of the 成文日期. */
export function draftYear(draft: Pick<Draft, 'fields'>): string | null {
  const y = draft.fields.year?.trim();
  if (y && /^[0-9]{4}$/.test(y)) return y;
  const d = /^([0-9]{4})-/.exec(draft.fields.docDate ?? '');
  return d ? d[1]! : null;
}

/** 字数 as a clerk counts it: printed characters without the title and without line breaks. */
/** 字数 of a version: the one definition the editor's status bar shows (core/common/view/char-count.ts). */
export const draftChars = charCount;
