// Page-number footers "— N —": 4号半角宋体, odd pages 右空一字, even pages 左空一字 (Std 7.5).
import { AlignmentType, Footer, PageNumber, Paragraph, SimpleField, TextRun } from 'docx';
import type { LayoutSpec } from '../layout/gbt9704';
import { runFont } from './fonts';
import { exactSpacing } from './paragraph-props';
import { STYLE_ID } from './styles';

function pageNumberParagraph(spec: LayoutSpec, side: 'odd' | 'even'): Paragraph {
  const { dash, gap, sideIndent } = spec.pageNumber;
  const font = runFont(spec, 'songti');
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ font, size: spec.size.pageNumber, children });
  return new Paragraph({
    style: STYLE_ID.pageNumber,
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd'
      ? { right: sideIndent, left: 0, firstLine: 0, firstLineChars: 0 }
      : { left: sideIndent, right: 0, firstLine: 0, firstLineChars: 0 },
    spacing: exactSpacing(spec, spec.size.pageNumber * 10),
    // Em dashes written as text: pgNumType numberInDash renders ASCII hyphens (GBT9704.md §6).
    // PAGE with a cached result (1 on odd, 2 on even pages), as Word saves it: readers that do not update fields
    // show a number, not nothing. The result takes the 页码 style's 4号宋体.
    children: [run([`${dash}${gap}`]), new SimpleField('PAGE \\* ARABIC', side === 'odd' ? '1' : '2'), run([`${gap}${dash}`])],
  });
}

export function pageNumberFooters(spec: LayoutSpec): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph(spec, 'odd')] }),
    even: new Footer({ children: [pageNumberParagraph(spec, 'even')] }),
  };
}

/** The 版记 section shows no page number (Std 7.5); empty footers stop Word inheriting the previous ones. */
export function emptyFooters(): { default: Footer; even: Footer } {
  return { default: new Footer({ children: [new Paragraph({})] }), even: new Footer({ children: [new Paragraph({})] }) };
}
