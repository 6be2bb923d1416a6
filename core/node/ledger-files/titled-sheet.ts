// The worksheet both ledger workbooks start with: A4 landscape fitted to the width, a merged title row, a header row
// in 黑体, both frozen. One place, so the 整改台账 export and the 进展征集 form look like one office's files.
import type { Workbook, Worksheet } from 'exceljs';

export interface SheetColumn {
  key: string;
  label: string;
  /** Excel column width (characters of the default font). */
  width: number;
  hidden?: boolean;
}

export interface SheetTitle {
  text: string;
  font: { name: string; size: number };
  /** Row height in points. */
  height: number;
}

export function addTitledSheet(wb: Workbook, name: string, columns: readonly SheetColumn[], title: SheetTitle): Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, hidden: c.hidden ?? false }));
  ws.mergeCells(1, 1, 1, columns.length);
  const cell = ws.getCell(1, 1);
  cell.value = title.text;
  cell.font = title.font;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = title.height;
  const head = ws.getRow(2);
  columns.forEach((c, i) => {
    const h = head.getCell(i + 1);
    h.value = c.label;
    h.font = { name: '黑体', size: 11 };
    h.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  return ws;
}
