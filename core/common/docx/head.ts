// 版头 of the internal version (Std 7.2): red 发文机关标志, 发文字号 (and 签发人), red separator rule.
import { AlignmentType, BorderStyle, Paragraph, TabStopType, TextRun } from 'docx';
import { HEAD, hasDocNumberLine } from '../layout/gbt9704';
import type { LayoutSpec } from '../layout/gbt9704';
import { typeAreaWidth } from '../layout/gbt9704';
import { widthInChars } from '../layout/signature';
import { mmToTwip, ptToMm } from '../layout/units';
import { runFont } from './fonts';
import { emptyLine } from './body';
import { exactSpacing, noIndent } from './paragraph-props';
import { STYLE_ID } from './styles';

export interface HeadFields {
  /** 发文机关标志, e.g. 中共莆田市司法局党组文件. */
  mark: string;
  docNumber: string;
  issuer: string;
}

/** The organ chooses the mark's size (7.2.4); 小初 unless the name is too long for the 版心 width. */
export function markSizeHalfPoints(spec: LayoutSpec, mark: string): number {
  const widthPt = typeAreaWidth(spec) / 20;
  const fit = Math.floor((widthPt / Math.max(widthInChars(mark), 1)) * 2);
  return Math.min(HEAD.markSize, fit);
}

export function headParagraphs(spec: LayoutSpec, f: HeadFields): Paragraph[] {
  const size = markSizeHalfPoints(spec, f.mark);
  const line = Math.round(size * 10 * 1.25);
  // 7.2.4: the mark's top edge 35 mm below the 版心 top; the glyph sits centred in its exact line box.
  const before = Math.max(0, mmToTwip(HEAD.markTopMm) - Math.round((line - size * 10) / 2));
  const out: Paragraph[] = [
    new Paragraph({
      style: STYLE_ID.mark,
      alignment: AlignmentType.CENTER,
      indent: noIndent(),
      spacing: { ...exactSpacing(spec, line), before },
      children: [new TextRun({ text: f.mark, font: runFont(spec, 'xiaobiaosong'), size, color: HEAD.red })],
    }),
    // 7.2.5: 发文字号 发文机关标志下空二行.
    emptyLine(spec),
    emptyLine(spec),
  ];
  const font = runFont(spec, 'fangsong');
  // 7.2.7: red rule 4 mm below 发文字号, 版心 width; w:space is in points.
  const rule = { style: BorderStyle.SINGLE, size: HEAD.ruleBorder, color: HEAD.red, space: Math.round(HEAD.ruleBelowMm / ptToMm(1)) };
  if (f.issuer.trim()) {
    // 7.2.6: 发文字号 居左空一字, "签发人：" + name (楷体) 居右空一字 on the same line.
    const one = Math.round(spec.charPitch);
    out.push(new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: noIndent({ left: one, right: one }),
      spacing: exactSpacing(spec),
      tabStops: [{ type: TabStopType.RIGHT, position: typeAreaWidth(spec) - one }],
      border: { bottom: rule },
      children: [
        new TextRun({ text: f.docNumber, font, size: spec.size.body }),
        new TextRun({ text: '\t签发人：', font, size: spec.size.body }),
        new TextRun({ text: f.issuer, font: runFont(spec, 'kaiti'), size: spec.size.body }),
      ],
    }));
  } else if (f.docNumber.trim()) {
    out.push(new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: noIndent(),
      spacing: exactSpacing(spec),
      border: { bottom: rule },
      children: [new TextRun({ text: f.docNumber, font, size: spec.size.body })],
    }));
  }
  // 7.3.1: 标题 红色分隔线下空二行. Without a 发文字号 there is no rule (7.2.7 places it under the 字号): the
  // title follows the mark after the same two empty lines (the 校对 rule structure.required-fields warns).
  if (hasDocNumberLine(f)) out.push(emptyLine(spec), emptyLine(spec));
  return out;
}
