// exportLedgerXlsx / exportLedgerDocx: the 整改台账 as a spreadsheet (exceljs) or a landscape Word table.
import { LEDGER_COLUMNS, ledgerRows, ledgerTitle } from '../../common/ledger/ledger-rows';
import type { Draft } from '../../common/model/types';
import { writeFileAtomic } from '../fs/atomic-write';
import { assertWritableTarget } from './target';

export async function buildLedgerXlsx(draft: Draft): Promise<Uint8Array> {
  // exceljs takes a third of a second to load: only the XLSX ledger pays for it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '起草 Qicao';
  const ws = wb.addWorksheet('整改台账', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.columns = LEDGER_COLUMNS.map((c) => ({ key: c.key, width: c.widthChars * 2.2 }));
  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = ledgerTitle(draft);
  title.font = { name: '方正小标宋简体', size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  const head = ws.getRow(2);
  LEDGER_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.label;
    cell.font = { name: '黑体', size: 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (const r of ledgerRows(draft)) {
    const row = ws.addRow(r);
    row.eachCell((cell) => {
      cell.font = { name: '仿宋', size: 11 };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
  }
  const thin = { style: 'thin' as const };
  ws.eachRow((row, n) => {
    if (n < 2) return;
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = { top: thin, left: thin, bottom: thin, right: thin }));
  });
  ws.pageSetup.printTitlesRow = '2:2';
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
