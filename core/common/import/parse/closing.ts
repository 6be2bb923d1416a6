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

const SIGNER_END = /(党组|党委|委员会|局|厅|办公室|政府|中心|公司|集团|院|所|处|部|会|队|支部|总支|小组|组|委|办|校|学|站|馆|社|署|团|室|行)$/;

function signerLike(text: string): boolean {
  return text.length >= 3 && text.length <= 40 && !/[。；，：！？、]/.test(text) && leadingOrdinal(text) === null && SIGNER_END.test(text);
}

/** "中共某某党总支  2023年9月12日" (spaces or ideographic spaces between): the signer and the 成文日期 on one line. */
const SIGNER_AND_DATE = /^(.{3,40}?)[\s\u3000]+((?:\d{4}|[〇零Oo○◯0一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)$/;

/** Splits a signer+date line at the end into two lines, as GB/T 9704 sets them. */
function splitSignerDate(lines: TextLine[]): TextLine[] {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 6); i--) {
    const m = SIGNER_AND_DATE.exec(lines[i]!.text);
    if (m && signerLike(m[1]!) && dateLineIso(m[2]!)) {
      return [...lines.slice(0, i), { text: m[1]!, line: lines[i]!.line }, { text: m[2]!, line: lines[i]!.line }, ...lines.slice(i + 1)];
    }
  }
  return lines;
}

const CONTACT_LINE = /^(联系电话|举报电话|监督电话|咨询电话|电话|联系方式|邮政信箱|通信地址|通讯地址|来信地址|邮寄地址|邮编|邮政编码|电子邮箱|电子信箱|邮箱|E-?mail|欢迎)/i;

function isContactLine(text: string): boolean {
  return text.length < 200 && CONTACT_LINE.test(text);
}

/** "附件：1.整改台账" and the lines listing further attachments ("2.整改措施清单"). */
const ATTACHMENT = /^附件\s*\d{0,2}\s*[：:]/;
const ATTACHMENT_MORE = /^\d{1,2}[.．、]\s*\S{2,40}$/;

/** Takes the 附件 lines (with their numbered continuation lines) out of `lines`, wherever they stand. */
function takeAttachments(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ATTACHMENT.test(lines[i]!.text) || lines[i]!.text.length > 80) continue;
    let j = i + 1;
    while (j < lines.length && ATTACHMENT_MORE.test(lines[j]!.text) && !/[。；]/.test(lines[j]!.text)) j++;
    out.push(...lines.splice(i, j - i));
    i--;
  }
  return out;
}

export function splitClosing(input: TextLine[]): Closing {
  const lines = splitSignerDate(input);
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
  // 附件 lines after the date belong to the notice (GB/T 9704 sets them above the signature).
  const attachments = takeAttachments(trailing);
  let signer: string | null = null;
  const last = lines[lines.length - 1];
  if (last && signerLike(last.text)) {
    signer = last.text;
    lines.pop();
  }
  const closingLines: TextLine[] = [];
  const contact: TextLine[] = [];
  // Contact, 附件 and 特此 lines sit just above the signature, in any order.
  for (let k = 0; k < 5 && lines.length > 0; k++) {
    const l = lines[lines.length - 1]!;
    if (/^特此(通报|报告|说明|公告|公示)[。！]?$/.test(l.text)) closingLines.unshift(lines.pop()!);
    else if (isContactParagraph(l.text)) contact.unshift(lines.pop()!);
    else if (ATTACHMENT.test(l.text) && l.text.length <= 80) attachments.unshift(lines.pop()!);
    else if (ATTACHMENT_MORE.test(l.text) && lines.length > 1 && ATTACHMENT.test(lines[lines.length - 2]!.text)) {
      attachments.unshift(lines.pop()!, lines.pop()!);
      attachments.sort((x, y) => x.line - y.line);
    } else break;
  }
  closingLines.push(...attachments.sort((x, y) => x.line - y.line));
  // The same paragraph written one item a line ("联系电话：…" / "邮政信箱：…" / "电子邮箱：…").
  if (contact.length === 0) {
    let k = lines.length;
    while (k > 0 && lines.length - k < 6 && isContactLine(lines[k - 1]!.text)) k--;
    const group = lines.slice(k);
    if (group.length > 1 && isContactParagraph(group.map((l) => l.text).join('；').slice(0, 399))) contact.push(...lines.splice(k));
  }
  return { signer, docDate, contact, closingLines, trailing, rest: lines };
}
