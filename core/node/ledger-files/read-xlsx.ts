// .xlsx → neutral grid via exceljs (loaded only when a workbook is read): formulas give their cached values, dates
// read as dates, merges and hidden sheets/rows kept; Qicao's own hidden sheet becomes the grid's meta.
import type { CellRange, GridSheet, LedgerGrid } from '../../common/ledger-table/grid';
import { LedgerFileError } from './errors';

export const META_SHEET = 'qicao';

type CellValue = unknown;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A cell's value as the clerk sees it; formulas by their cached result, dates as YYYY-MM-DD. */
export function cellString(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) {
    // exceljs gives dates at UTC midnight; a time of day is dropped.
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: unknown; sharedFormula?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? '' : cellString(o.result);
    if ('error' in o) return '';
    if (o.text !== undefined) return cellString(o.text);
  }
  return String(v);
}

function parseRange(ref: string): CellRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]!), bottom: Number(m[4]) - 1, right: col(m[3]!) };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readXlsxGrid(bytes: Uint8Array, name: string): Promise<LedgerGrid> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    // An encrypted .xlsx is an OLE container, as is a legacy .xls saved with the wrong extension.
    throw new LedgerFileError(`“${name}”设置了打开密码（已加密），或是旧版 Excel 97-2003 格式。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。`, 'encrypted');
  }
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new LedgerFileError(`无法读取工作簿“${name}”：文件已损坏，或不是 .xlsx 格式。`, 'bad-file', { cause: e });
  }
  const sheets: GridSheet[] = [];
  const meta: Record<string, string> = {};
  wb.eachSheet((ws) => {
    if (ws.name === META_SHEET) {
      ws.eachRow((row) => {
        const k = cellString(row.getCell(1).value);
        if (k) meta[k] = cellString(row.getCell(2).value);
      });
      return;
    }
    const rows: string[][] = [];
    const hiddenRows: number[] = [];
    const hiddenCols = new Set<number>();
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenCols.add(c - 1);
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged area's value lives in its top-left cell; the others are filled from the merge list.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[c - 1] = cellString(cell.value);
      });
      rows[n - 1] = Array.from(cells, (x) => x ?? '');
      if (row.hidden) hiddenRows.push(n - 1);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((x): x is CellRange => x !== null);
    sheets.push({ name: ws.name, hidden: ws.state !== 'visible', rows, merges, hiddenRows });
    // Hidden columns stay readable (Qicao's 系统编号 column is hidden on purpose); nothing to record.
    void hiddenCols;
  });
  return { name, sheets, meta };
}
