// The 整改台账 as a landscape A4 Word table (pure, like the notice builder).
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType,
  TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import { type FontProfile, WINDOWS_DEFAULT } from '../layout/fonts';
import { MARGIN_TW, PAPER_TW, SIZE } from '../layout/gbt9704';
import type { Draft } from '../model/types';
import { LEDGER_COLUMNS, ledgerLines, ledgerRows, ledgerTitle } from './ledger-rows';

/** 五号 (10.5 pt) keeps 8 columns readable on landscape A4; the title stays 小标宋 as in the notice. */
const CELL_SIZE = 21;

function font(name: string, latin: string) {
  return { ascii: latin, hAnsi: latin, eastAsia: name, cs: name, hint: 'eastAsia' };
}

export async function buildLedgerDocx(draft: Draft, fonts: FontProfile = WINDOWS_DEFAULT): Promise<Uint8Array> {
  // Landscape: the long side is the width; the binding margin stays at the left.
  const width = PAPER_TW.height - MARGIN_TW.left - MARGIN_TW.right;
  const totalChars = LEDGER_COLUMNS.reduce((n, c) => n + c.widthChars, 0);
  const colWidths = LEDGER_COLUMNS.map((c) => Math.floor((c.widthChars / totalChars) * width));
  const body = font(fonts.cjk.fangsong, fonts.latin);
  const head = font(fonts.cjk.heiti, fonts.latin);
  const para = (line: string, align: 'center' | 'left', f: ReturnType<typeof font>, bold = false) => new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
    indent: { firstLine: 0, firstLineChars: 0, left: 0, right: 0 },
    children: [new TextRun({ text: line, font: f, size: CELL_SIZE, ...(bold ? { bold: true } : {}) })],
  });
  const cell = (text: string, w: number, align: 'center' | 'left', f: ReturnType<typeof font>, extra: { rowSpan?: number } = {}) => new TableCell({
    width: { size: w, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...extra,
    children: text.split('\n').map((line) => para(line, align, f)),
  });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: LEDGER_COLUMNS.map((c, i) => cell(c.label, colWidths[i]!, 'center', head)) });
  const rows = ledgerLines(ledgerRows(draft)).map((line) => {
    if (line.kind === 'aspect') {
      // 方面 as a group row across the table (merged cells), in 黑体 like a 一级 heading.
      return new TableRow({ cantSplit: true, children: [new TableCell({
        columnSpan: LEDGER_COLUMNS.length, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER,
        children: [para(line.text, 'left', head)],
      })] });
    }
    const cells = LEDGER_COLUMNS.flatMap((c, i) => {
      if (c.key !== 'category') return [cell(String(line.row[c.key]), colWidths[i]!, c.align, body)];
      // 问题类别 merged down its problems; covered rows have no cell of their own.
      if (line.categorySpan === 0) return [];
      return [cell(line.row.category, colWidths[i]!, c.align, body, line.categorySpan > 1 ? { rowSpan: line.categorySpan } : {})];
    });
    // A problem row never splits across pages.
    return new TableRow({ cantSplit: true, children: cells });
  });
  const footer = new Footer({ children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ font: font(fonts.cjk.songti, fonts.cjk.songti), size: SIZE.si, children: ['— ', PageNumber.CURRENT, ' —'] })],
  })] });
  const doc = new Document({
    creator: '起草 Qicao',
    title: ledgerTitle(draft),
    sections: [{
      properties: {
        page: {
          // docx swaps width and height itself for a landscape page.
          size: { width: PAPER_TW.width, height: PAPER_TW.height, orientation: PageOrientation.LANDSCAPE },
          margin: { top: MARGIN_TW.left, bottom: MARGIN_TW.right, left: MARGIN_TW.left, right: MARGIN_TW.right },
        },
      },
      footers: { default: footer },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: ledgerTitle(draft), font: font(fonts.cjk.xiaobiaosong, fonts.latin), size: SIZE.er })],
        }),
        new Table({ rows: [header, ...rows], width: { size: width, type: WidthType.DXA }, columnWidths: colWidths, layout: TableLayoutType.FIXED }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
