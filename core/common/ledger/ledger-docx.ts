// The 整改台账 as a landscape A4 Word table (pure, like the notice builder).
import {
  AlignmentType, Document, LineRuleType, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import { type FontProfile, WINDOWS_DEFAULT } from '../layout/fonts';
import { MARGIN_TW, PAPER_TW, SIZE } from '../layout/gbt9704';
import type { Draft } from '../model/types';
import { LEDGER_COLUMNS, ledgerRows, ledgerTitle } from './ledger-rows';

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
  const cell = (text: string, w: number, isHead: boolean) => new TableCell({
    width: { size: w, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: text.split('\n').map((line) => new Paragraph({
      alignment: isHead ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
      children: [new TextRun({ text: line, font: isHead ? head : body, size: CELL_SIZE })],
    })),
  });
  const header = new TableRow({ tableHeader: true, children: LEDGER_COLUMNS.map((c, i) => cell(c.label, colWidths[i]!, true)) });
  const rows = ledgerRows(draft).map((r) => new TableRow({
    cantSplit: false,
    children: LEDGER_COLUMNS.map((c, i) => cell(String(r[c.key]), colWidths[i]!, false)),
  }));
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
