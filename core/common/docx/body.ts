// The printed paragraph sequence (render/printed.ts) as DOCX paragraphs: title, headings, body, 署名, 成文日期.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { FontRole } from '../layout/fonts';
import type { HeadingLevel, LayoutSpec } from '../layout/gbt9704';
import { placeSignature } from '../layout/signature';
import { titleLines } from '../layout/title-break';
import type { PrintedParagraph, PrintedRun, RunRole } from '../render/printed';
import { printedText } from '../render/printed';
import { anchored } from './anchors';
import { runFont } from './fonts';
import { bodyIndent, exactSpacing, noIndent } from './paragraph-props';
import { STYLE_ID, headingStyleId } from './styles';

const levelOf = (role: RunRole): HeadingLevel | null => (role === 'body' ? null : (Number(role.slice(1)) as HeadingLevel));

function textRun(spec: LayoutSpec, run: PrintedRun): TextRun {
  const level = levelOf(run.role);
  const role: FontRole = level ? spec.headingFont[level] : 'fangsong';
  return new TextRun({ text: run.text, font: runFont(spec, role), ...(level && spec.bold[level] ? { bold: true } : {}), size: spec.size.body });
}

export function emptyLine(spec: LayoutSpec, keepNext = false): Paragraph {
  return new Paragraph({ spacing: exactSpacing(spec), indent: noIndent(), ...(keepNext ? { keepNext } : {}) });
}

/** Names the bookmark around a printed paragraph's runs (docx/anchors.ts); none when absent. */
export type AnchorName = (p: PrintedParagraph) => string | undefined;

function titleParagraph(spec: LayoutSpec, p: PrintedParagraph, anchor: AnchorName): Paragraph {
  return new Paragraph({
    style: STYLE_ID.title,
    alignment: AlignmentType.CENTER,
    indent: noIndent(),
    spacing: exactSpacing(spec),
    keepNext: true,
    // 7.3.1: lines broken by layout/title-break (or the clerk), the same as the print view.
    children: anchored(anchor(p), titleLines(printedText(p)).map((line, i) => new TextRun({
      text: line, font: runFont(spec, 'xiaobiaosong'), size: spec.size.title, ...(i > 0 ? { break: 1 } : {}),
    }))),
  });
}

function headingParagraph(spec: LayoutSpec, p: PrintedParagraph, anchor: AnchorName): Paragraph {
  const level = Math.min(Math.max(p.level ?? 1, 1), 4) as HeadingLevel;
  return new Paragraph({
    style: headingStyleId(level),
    indent: bodyIndent(spec),
    spacing: exactSpacing(spec),
    keepNext: true,
    // A heading run keeps its own level's face even when the printed level differs (deep trees print as level 4).
    children: anchored(anchor(p), p.runs.map((r) => textRun(spec, r.role === 'body' ? { ...r, role: `h${level}` as RunRole } : r))),
  });
}

function bodyParagraph(spec: LayoutSpec, p: PrintedParagraph, anchor: AnchorName): Paragraph {
  // A run-in heading ("（一）标题。正文…") keeps its heading face for the first run only (Std 7.3.3).
  return new Paragraph({ indent: bodyIndent(spec), spacing: exactSpacing(spec), children: anchored(anchor(p), p.runs.map((r) => textRun(spec, r))) });
}

function rightLine(spec: LayoutSpec, text: string, rightChars: number, keepNext: boolean, name?: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: noIndent({ right: Math.round(rightChars * spec.charPitch) }),
    spacing: exactSpacing(spec),
    keepNext,
    keepLines: true,
    children: anchored(name, [new TextRun({ text, font: runFont(spec, 'fangsong'), size: spec.size.body })]),
  });
}

/** 署名 and 成文日期 per 7.3.5.1 (seal) or 7.3.5.2 (no seal), after the blank line(s) the clause asks for. */
function signatureParagraphs(spec: LayoutSpec, signer: string, date: string, seal: boolean, names: (string | undefined)[] = []): Paragraph[] {
  const place = placeSignature(signer, date, seal);
  const out: Paragraph[] = [];
  // The blank lines go with the 署名 to the next page, as the print view keeps the block whole (layout/paginate.ts).
  for (let i = 0; i < place.blankLinesBefore; i++) out.push(emptyLine(spec, !!(signer || date)));
  if (signer) out.push(rightLine(spec, signer, place.signerRight, !!date, names[0]));
  if (date) out.push(rightLine(spec, date, place.dateRight, false, names[1]));
  return out;
}

export function bodyParagraphs(spec: LayoutSpec, printed: PrintedParagraph[], seal: boolean, anchor: AnchorName = () => undefined): Paragraph[] {
  const out: Paragraph[] = [];
  const signer = printed.find((p) => p.kind === 'signer');
  const date = printed.find((p) => p.kind === 'date');
  for (const p of printed) {
    switch (p.kind) {
      case 'title':
        out.push(titleParagraph(spec, p, anchor));
        // No 主送机关 in a 通报: the body starts after one empty line, as 主送 would (7.3.2).
        out.push(emptyLine(spec));
        break;
      case 'heading':
        out.push(headingParagraph(spec, p, anchor));
        break;
      case 'body':
        out.push(bodyParagraph(spec, p, anchor));
        break;
      default:
        break;
    }
  }
  if (signer || date) {
    const names = [signer && anchor(signer), date && anchor(date)].map((n) => n || undefined);
    out.push(...signatureParagraphs(spec, signer ? printedText(signer) : '', date ? printedText(date) : '', seal, names));
  }
  return out;
}
