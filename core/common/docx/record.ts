// 版记 of the internal version (Std 7.4): 抄送, 印发机关 and 印发日期 between rules, at the foot of the last page.
import {
  AlignmentType, BorderStyle, Footer, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType,
  TextRun, WidthType,
} from 'docx';
import { type LayoutSpec, RECORD, typeAreaWidth } from '../layout/gbt9704';
import { runFont } from './fonts';
import { exactSpacing, noIndent } from './paragraph-props';
import { STYLE_ID } from './styles';

export interface RecordFields {
  copyTo: string;
  printer: string;
  /** Already in Chinese form, e.g. 2025年2月17日. */
  printDate: string;
}

/** 抄送 ends with 句号 (7.4.2); a trailing comma or stop of either width is replaced. */
export function copyToText(copyTo: string): string {
  const t = copyTo.trim().replace(/[，,、；;。.]+$/, '');
  return t ? `抄送：${t}。` : '';
}

const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' });
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** A one-column table, so the rules run the full 版心 width whatever the indents inside (paragraph borders stop at the indents). */
export function recordTable(spec: LayoutSpec, f: RecordFields): Table {
  const width = typeAreaWidth(spec);
  // 左右各空一字 at 4号: 14 pt = 280 tw.
  const one = RECORD.size * 10;
  const font = runFont(spec, 'fangsong');
  const size = spec.size.record;
  const cell = (p: Paragraph) => new TableCell({ children: [p], width: { size: width, type: WidthType.DXA } });
  const rows: TableRow[] = [];
  const copy = copyToText(f.copyTo);
  if (copy) {
    rows.push(new TableRow({ children: [cell(new Paragraph({
      style: STYLE_ID.record,
      alignment: AlignmentType.JUSTIFIED,
      // Wrapped names align after "抄送：" (7.4.2).
      indent: { left: 4 * one, hanging: 3 * one, right: one, firstLineChars: 0 },
      spacing: exactSpacing(spec),
      children: [new TextRun({ text: copy, font, size })],
    }))] }));
  }
  const printed = f.printDate ? `${f.printDate}印发` : '';
  rows.push(new TableRow({ children: [cell(new Paragraph({
    style: STYLE_ID.record,
    alignment: AlignmentType.LEFT,
    indent: noIndent({ left: one, right: one }),
    spacing: exactSpacing(spec),
    // 7.4.3: 印发机关 左空一字, 印发日期 右空一字. Word measures tab stops from the cell's text edge, not from the
    // indent: the right tab sits 1 字 from the right edge, where the right indent ends.
    tabStops: [{ type: TabStopType.RIGHT, position: width - one }],
    children: [new TextRun({ text: `${f.printer}\t${printed}`, font, size })],
  }))] }));
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: {
      top: rule(RECORD.thickBorder), bottom: rule(RECORD.thickBorder), insideHorizontal: rule(RECORD.thinBorder),
      left: none, right: none, insideVertical: none,
    },
  });
}

/**
 * The 版记 page's footer holds the 版记: a footer grows upward from its distance to the page edge, so with that
 * distance equal to the bottom margin the last rule lies on the 版心 bottom edge (7.4) in Word and LibreOffice
 * alike (LibreOffice ignores both section vAlign and floating-table bottom anchoring). The footer replaces the
 * page number, which the 版记 page must not show (7.5).
 */
export function recordFooter(spec: LayoutSpec, f: RecordFields): Footer {
  // A footer must end with a paragraph; a 1 pt one keeps the rule on the edge.
  const end = new Paragraph({ style: STYLE_ID.record, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: noIndent() });
  return new Footer({ children: [recordTable(spec, f), end] });
}
