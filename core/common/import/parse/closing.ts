// The end of a notice: 成文日期, 署名, the supervision paragraph, 特此通报 — and web leftovers after the date.
import type { TextLine } from '../clean/chrome';
import { isContactParagraph } from './contact';
import { dateLineIso } from './dates';
import { leadingOrdinal } from './ordinals';

export interface Closing {
  signer: string | null;
  docDate: string | null;
  contact: TextLine[];
  /** 特此通报。 and similar closing lines, in order. */
  closingLines: TextLine[];
  /** Lines after the date that are not part of the notice. */
  trailing: TextLine[];
  rest: TextLine[];
}

const SIGNER_END = /(党组|党委|委员会|局|厅|办公室|政府|中心|公司|院|所|处|部|会|队|支部|总支|小组|组)$/;

function signerLike(text: string): boolean {
  return text.length >= 3 && text.length <= 40 && !/[。；，：！？、]/.test(text) && leadingOrdinal(text) === null && SIGNER_END.test(text);
}

export function splitClosing(input: TextLine[]): Closing {
  const lines = [...input];
  let docDate: string | null = null;
  let trailing: TextLine[] = [];
  // The last date-only line within the final lines is the 成文日期; what follows is page leftovers.
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    const iso = dateLineIso(lines[i]!.text);
    if (iso && (i === 0 || signerLike(lines[i - 1]!.text) || i >= lines.length - 3)) {
      docDate = iso;
      trailing = lines.splice(i);
      trailing.shift();
      break;
    }
  }
  let signer: string | null = null;
  const last = lines[lines.length - 1];
  if (last && signerLike(last.text)) {
    signer = last.text;
    lines.pop();
  }
  const closingLines: TextLine[] = [];
  const contact: TextLine[] = [];
  // Contact and 特此 lines sit just above the signature, in either order.
  for (let k = 0; k < 3 && lines.length > 0; k++) {
    const l = lines[lines.length - 1]!;
    if (/^特此(通报|报告|说明|公告|公示)[。！]?$/.test(l.text)) closingLines.unshift(lines.pop()!);
    else if (isContactParagraph(l.text)) contact.unshift(lines.pop()!);
    else break;
  }
  return { signer, docDate, contact, closingLines, trailing, rest: lines };
}
