// exportLedgerXlsx / exportLedgerDocx: the 整改台账 as a spreadsheet (exceljs) or a landscape Word table.
import { LEDGER_COLUMNS, ledgerLines, ledgerRows, ledgerTitle, wrappedLines } from '../../common/ledger/ledger-rows';
import type { Draft } from '../../common/model/types';
import { writeFileAtomic } from '../fs/atomic-write';
import { addTitledSheet } from '../ledger-files/titled-sheet';
import { assertWritableTarget } from './target';

/** 11 pt 仿宋 takes about 14.5 pt a line in Excel; a little padding above and below. */
const ROW_LINE_PT = 14.5;
const ROW_PAD_PT = 6;

export async function buildLedgerXlsx(draft: Draft): Promise<Uint8Array> {
  // exceljs takes a third of a second to load: only the XLSX ledger pays for it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '起草 Qicao';
  const ws = addTitledSheet(wb, '整改台账', LEDGER_COLUMNS.map((c) => ({ key: c.key, label: c.label, width: c.widthChars * 2.2 })), {
    text: ledgerTitle(draft), font: { name: '方正小标宋简体', size: 16 }, height: 30,
  });
  const n = LEDGER_COLUMNS.length;
  const categoryCol = LEDGER_COLUMNS.findIndex((c) => c.key === 'category') + 1;
  const categoryMerges: [number, number][] = [];
  for (const line of ledgerLines(ledgerRows(draft))) {
    if (line.kind === 'aspect') {
      // 方面 as a merged group row in 黑体.
      const row = ws.addRow([line.text]);
      ws.mergeCells(row.number, 1, row.number, n);
      row.getCell(1).font = { name: '黑体', size: 11 };
      row.getCell(1).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
      row.height = ROW_LINE_PT + ROW_PAD_PT;
      continue;
    }
    const r = line.row;
    const row = ws.addRow(LEDGER_COLUMNS.map((c) => r[c.key]));
    LEDGER_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = { name: '仿宋', size: 11 };
      cell.alignment = { horizontal: c.align, vertical: 'middle', wrapText: true };
    });
    // Excel does not grow a row for wrapped text written by a program: set the height the longest cell needs.
    // (The merged 问题类别 cell is short; its rows keep the height of their own cells.)
    const lines = Math.max(...LEDGER_COLUMNS.filter((c) => c.key !== 'category').map((c) => wrappedLines(String(r[c.key]), c.widthChars)));
    row.height = lines * ROW_LINE_PT + ROW_PAD_PT;
    if (line.categorySpan > 1) categoryMerges.push([row.number, row.number + line.categorySpan - 1]);
  }
  // Merged after the rows exist: merging ahead would create the rows below and addRow would append after them.
  for (const [from, to] of categoryMerges) ws.mergeCells(from, categoryCol, to, categoryCol);
  const thin = { style: 'thin' as const };
  ws.eachRow((row, rn) => {
    if (rn < 2) return;
    for (let c = 1; c <= n; c++) row.getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
  });
  ws.pageSetup.printTitlesRow = '2:2';
  // Page numbers in the footer, as the notice has them.
  ws.headerFooter.oddFooter = '&C— &P —';
  ws.headerFooter.evenFooter = '&C— &P —';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function exportLedgerXlsx(draft: Draft, path: string): Promise<void> {
  assertWritableTarget(path, '.xlsx');
  writeFileAtomic(path, await buildLedgerXlsx(draft));
}

export async function exportLedgerDocx(draft: Draft, path: string): Promise<void> {
  assertWritableTarget(path, '.docx');
  // The docx package is loaded only when a Word ledger is written.
  const { buildLedgerDocx } = await import('../../common/ledger/ledger-docx');
  writeFileAtomic(path, await buildLedgerDocx(draft));
}
