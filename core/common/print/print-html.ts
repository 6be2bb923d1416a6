// buildPrintHtml: the draft as one self-contained HTML page that Chromium prints to a GB/T 9704 PDF.
import { type FontProfile, WINDOWS_DEFAULT } from '../layout/fonts';
import { HEAD, type LayoutPreset, type LayoutSpec, STANDARD_PRESET, hasDocNumberLine, resolveLayout } from '../layout/gbt9704';
import { mmToPt, twipToPt } from '../layout/units';
import { DOCNO_RULE_PT, printCss } from './print-css';
import { placeSignature } from '../layout/signature';
import { titleLines, titleText } from '../layout/title-break';
import { fieldText } from '../model/fields';
import type { Draft } from '../model/types';
import { type PrintedParagraph, printedText, toPrinted } from '../render/printed';

export interface PrintHtmlOptions {
  preset?: LayoutPreset;
  fonts?: FontProfile;
  internal?: boolean;
  seal?: boolean;
  /**
   * One blank page (no page number) before the 版记 page. Chromium cannot put a page on a left page
   * (break-before: left acts as page), so the exporter prints once, and if the 版记 fell on an odd page prints again
   * with this set: the 版记 then lies on an even page, as in the DOCX (Std 7.4, section type evenPage).
   */
  recordPad?: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const blank = '<p class="blank"></p>';

function paragraphHtml(p: PrintedParagraph): string {
  const runs = p.runs.map((r) => (r.role === 'body' ? esc(r.text) : `<span class="${r.role}">${esc(r.text)}</span>`)).join('');
  if (p.kind === 'heading') return `<p class="heading h${Math.min(Math.max(p.level ?? 1, 1), 4)}">${esc(printedText(p))}</p>`;
  return `<p>${runs}</p>`;
}

function signatureHtml(spec: LayoutSpec, signer: string, date: string, seal: boolean): string {
  const place = placeSignature(signer, date, seal);
  const pad = (chars: number) => `padding-right: ${((chars * spec.charPitch) / 20).toFixed(2)}pt`;
  return `<div class="signature">${blank.repeat(place.blankLinesBefore)}`
    + (signer ? `<p class="right" style="${pad(place.signerRight)}">${esc(signer)}</p>` : '')
    + (date ? `<p class="right" style="${pad(place.dateRight)}">${esc(date)}</p>` : '')
    + '</div>';
}

/** The 版头 as the print view sets it: 发文机关标志 (shrunk to fit the 版心 width), the 发文字号 line if any. */
interface Head {
  mark: string;
  sizePt: number;
  /** line-height of the 标志 as printed (CSS text, one decimal). */
  markLine: string;
  docNumber: string;
  issuer: string;
  hasDocNumber: boolean;
}

function head(draft: Draft, spec: LayoutSpec): Head {
  const organ = fieldText(draft, 'signer') || draft.profile.partyGroupName || draft.profile.fullName;
  const mark = organ ? `${organ}文件` : '';
  const widthPt = (spec.charPitch * 28) / 20;
  const sizePt = Math.min(36, Math.floor(widthPt / Math.max([...mark].length, 1)));
  const docNumber = fieldText(draft, 'docNumber');
  const issuer = fieldText(draft, 'issuer');
  // Same rule as the DOCX (docx/head.ts): no 字号, no red rule.
  return { mark, sizePt, markLine: (sizePt * 1.25).toFixed(1), docNumber, issuer, hasDocNumber: hasDocNumberLine({ docNumber, issuer }) };
}

/**
 * Height of the 版头 in pt as the print view lays it out (print-css.ts): 35 mm above the 标志, its line (at least one
 * body line, the min-height of every p), two blank lines, and with a 发文字号 its line, the 4 mm to the red rule, the
 * rule and two blank lines. The page view keeps this room on its first page, so its breaks are the PDF's.
 */
export function headHeightPt(draft: Draft, opts: Pick<PrintHtmlOptions, 'preset' | 'fonts'> = {}): number {
  const spec = resolveLayout(opts.preset ?? STANDARD_PRESET, opts.fonts ?? WINDOWS_DEFAULT);
  const h = head(draft, spec);
  const line = twipToPt(spec.line);
  return mmToPt(HEAD.markTopMm) + Math.max(Number(h.markLine), line) + 2 * line
    + (h.hasDocNumber ? line + mmToPt(HEAD.ruleBelowMm) + DOCNO_RULE_PT + 2 * line : 0);
}

function headHtml(draft: Draft, spec: LayoutSpec): string {
  const h = head(draft, spec);
  const num = esc(h.docNumber);
  const docno = !h.hasDocNumber ? ''
    : h.issuer.trim()
      ? `<p class="docno with-issuer"><span>${num}</span><span>签发人：<span class="issuer-name">${esc(h.issuer)}</span></span></p>${blank}${blank}`
      : `<p class="docno">${num}</p>${blank}${blank}`;
  return `<header class="head"><p class="mark" style="font-size: ${h.sizePt}pt; line-height: ${h.markLine}pt">${esc(h.mark)}</p>${blank}${blank}${docno}</header>`;
}

function recordHtml(draft: Draft, pad: boolean): string {
  const copy = fieldText(draft, 'copyTo').trim().replace(/[，,、；;。.]+$/, '');
  const printer = fieldText(draft, 'printer') || draft.profile.fullName;
  const date = fieldText(draft, 'printDate') || fieldText(draft, 'docDate');
  return (pad ? '<section class="record-pad"></section>' : '') + '<section class="record-page"><div class="record">'
    + (copy ? `<p class="copy">抄送：${esc(copy)}。</p>` : '')
    + `<p class="printed"><span>${esc(printer)}</span><span>${date ? `${esc(date)}印发` : ''}</span></p>`
    + '</div></section>';
}

export function buildPrintHtml(draft: Draft, opts: PrintHtmlOptions = {}): string {
  const spec = resolveLayout(opts.preset ?? STANDARD_PRESET, opts.fonts ?? WINDOWS_DEFAULT);
  const internal = opts.internal ?? draft.options.internal;
  const seal = opts.seal ?? draft.options.seal;
  const printed = toPrinted(draft);
  const parts: string[] = [];
  if (internal) parts.push(headHtml(draft, spec));
  for (const p of printed) {
    // 7.3.1: the same lines as the DOCX (layout/title-break).
    if (p.kind === 'title') parts.push(`<p class="title">${titleLines(printedText(p)).map(esc).join('<br>')}</p>`, blank);
    else if (p.kind === 'heading' || p.kind === 'body') parts.push(paragraphHtml(p));
  }
  const signer = printed.find((p) => p.kind === 'signer');
  const date = printed.find((p) => p.kind === 'date');
  if (signer || date) parts.push(signatureHtml(spec, signer ? printedText(signer) : '', date ? printedText(date) : '', seal));
  if (internal) parts.push(recordHtml(draft, !!opts.recordPad));
  const title = esc(titleText(fieldText(draft, 'title')) || '公文');
  // No remote resource at all (DESIGN.md §3.6): the CSP forbids fetching anything but inline styles.
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'none'; img-src data:">
<title>${title}</title>
<style>
${printCss(spec)}
</style></head>
<body>
${parts.join('\n')}
</body></html>
`;
}
