// The 整改台账 as Excel, read back with exceljs: group rows, merged categories, fitted heights, footer page numbers.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, ledgerLines, ledgerRows } from '../../../core/common/ledger';
import { buildLedgerXlsx } from '../../../core/node/export';
import { putianSizeDraft } from '../../support/synthetic-draft';

describe('整改台账 XLSX', () => {
  it('has 方面 group rows, merged 问题类别, centred 序号, heights for wrapped text and page numbers', async () => {
    const draft = putianSizeDraft();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildLedgerXlsx(draft)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('整改台账')!;
    const lines = ledgerLines(ledgerRows(draft));
    expect(ws.rowCount).toBe(2 + lines.length);
    expect(ws.getRow(2).values).toEqual([undefined, ...LEDGER_COLUMNS.map((c) => c.label)]);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    const n = LEDGER_COLUMNS.length;
    const last = String.fromCharCode(64 + n);
    lines.forEach((l, i) => {
      const row = ws.getRow(3 + i);
      if (l.kind === 'aspect') {
        expect(row.getCell(1).value).toBe(l.text);
        expect(merges).toContain(`A${row.number}:${last}${row.number}`);
        return;
      }
      expect(row.getCell(1).alignment?.horizontal).toBe('center');
      if (l.categorySpan > 1) expect(merges).toContain(`B${row.number}:B${row.number + l.categorySpan - 1}`);
      // The measures cell wraps: the row is tall enough for its lines (≈14.5 pt each).
      const measures = String(row.getCell(LEDGER_COLUMNS.findIndex((c) => c.key === 'measures') + 1).value ?? '');
      expect(row.height).toBeGreaterThanOrEqual(14.5 * measures.split('\n').length);
    });
    expect(ws.headerFooter.oddFooter).toContain('&P');
  });
});
