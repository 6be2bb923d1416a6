// One 进展征集 fill-in workbook per 责任单位: read-only columns locked by sheet protection, a status dropdown, the
// 本期进展/佐证材料/填报日期 columns open, and a very hidden sheet recording the draft, round, unit and the locked
// values as sent (so an edited locked cell is recognised on return).
import { COLLECT_COLUMNS, type CollectSheet } from '../../common/ledger-table/collect';
import { STATUSES, STATUS_LABEL } from '../../common/model/status';
import { META_SHEET } from './read-xlsx';
import { addTitledSheet } from './titled-sheet';

export const COLLECT_STATUS_CHOICES = STATUSES.filter((s) => s !== 'unknown').map((s) => STATUS_LABEL[s]);

export async function buildCollectWorkbook(sheet: CollectSheet): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '起草 Qicao';
  wb.title = `${sheet.meta.unit}整改进展征集表`;
  const ws = addTitledSheet(wb, '进展征集', COLLECT_COLUMNS.map((c) => ({ ...c, hidden: c.key === 'id' })), {
    text: `${sheet.meta.unit}：第${sheet.meta.round}轮整改进展征集表（请只填写白色的“完成状态”“本期进展”“佐证材料”“填报日期”列）`,
    font: { name: '黑体', size: 13 }, height: 36,
  });
  const grey = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEDEDED' } };
  const thin = { style: 'thin' as const };
  const statusCol = COLLECT_COLUMNS.findIndex((c) => c.key === 'status') + 1;
  for (const r of sheet.rows) {
    const row = ws.addRow(r);
    COLLECT_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = { name: '仿宋', size: 11 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.protection = { locked: c.locked };
      if (c.locked) cell.fill = grey;
      if (c.key === 'reported') cell.numFmt = 'yyyy-mm-dd';
    });
    row.getCell(statusCol).dataValidation = {
      type: 'list', allowBlank: true, showErrorMessage: true, errorTitle: '完成状态', error: `请从列表中选择：${COLLECT_STATUS_CHOICES.join('、')}`,
      formulae: [`"${COLLECT_STATUS_CHOICES.join(',')}"`],
    };
  }
  // No password: protection prevents slips; a deliberate edit is caught on return from the hidden copy.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRow(['collect', JSON.stringify(sheet.meta)]);
  for (const r of sheet.rows) {
    meta.addRow([`sent:${r.id}`, JSON.stringify({ problem: r.problem, measures: r.measures, unit: r.unit, deadline: r.deadline, aspect: r.aspect })]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
