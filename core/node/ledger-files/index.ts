// Ledger tables from files: .xlsx (exceljs), .csv (UTF-8/GBK), tables in a .docx; the collection round's
// workbooks out and their returns in. Every failure is a LedgerFileError with a Chinese message.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { COLLECT_FORMAT, type CollectMeta, type CollectRow, type ReturnedFile } from '../../common/ledger-table/collect';
import type { LedgerGrid } from '../../common/ledger-table/grid';
import { type ParseOptions, type ParsedLedgerTable, parseLedgerGrid } from '../../common/ledger-table/parse';
import { LedgerFileError } from './errors';
import { readCsvGrid } from './read-csv';
import { readDocxTables } from './read-docx-table';
import { readXlsxGrid } from './read-xlsx';

export { LedgerFileError } from './errors';
export { buildCollectWorkbook } from './write-collect';

/** A ledger of thousands of rows is a few megabytes; past this it is not a ledger. */
export const MAX_LEDGER_BYTES = 30 * 1024 * 1024;

const LEGACY: Record<string, string> = {
  '.xls': 'Excel 97-2003 工作簿（.xls）', '.et': 'WPS 表格（.et）', '.ett': 'WPS 表格模板（.ett）', '.ods': 'OpenDocument 表格（.ods）',
  '.doc': 'Word 97-2003 文档（.doc）', '.wps': 'WPS 文字（.wps）', '.numbers': 'Numbers 表格',
};

export async function readLedgerBytes(path: string): Promise<Uint8Array> {
  const name = basename(path);
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new LedgerFileError(`“${path}”是一个文件夹，请选择台账文件。`, 'unreadable');
    if (s.size === 0) throw new LedgerFileError(`“${name}”是空文件，没有可导入的内容。`, 'empty');
    if (s.size > MAX_LEDGER_BYTES) throw new LedgerFileError(`“${name}”有 ${(s.size / 1048576).toFixed(1)} MB，远超一份整改台账的大小，请确认选择了正确的文件。`, 'too-large');
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof LedgerFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LedgerFileError(`找不到文件“${path}”。`, 'missing', { cause: e });
    throw new LedgerFileError(`无法读取“${path}”（${code ?? String(e)}）。`, 'unreadable', { cause: e });
  }
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;

/** A table file's bytes → grid, by extension (and by content for a zip without one). */
export async function ledgerGridFromBytes(bytes: Uint8Array, name: string): Promise<LedgerGrid> {
  const ext = extname(name).toLowerCase();
  if (bytes.length === 0) throw new LedgerFileError(`“${name}”是空文件，没有可导入的内容。`, 'empty');
  if (LEGACY[ext]) {
    const to = ext === '.doc' || ext === '.wps' ? '.docx' : '.xlsx';
    throw new LedgerFileError(`“${name}”是${LEGACY[ext]}，暂不能直接导入。请在 Excel 或 WPS 中打开，“另存为” ${to} 后再导入。`, 'legacy');
  }
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsxGrid(bytes, name);
  if (ext === '.docx') return readDocxTables(bytes, name);
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return readCsvGrid(bytes, name);
  if (isZip(bytes)) {
    const grid = await readXlsxGrid(bytes, name).catch(() => null);
    if (grid) return grid;
    return readDocxTables(bytes, name);
  }
  throw new LedgerFileError(`不支持导入“${name}”：整改台账请用 Excel（.xlsx）、Word 表格（.docx）或 CSV 文件。`, 'unsupported');
}

export async function readLedgerTable(path: string, opts: ParseOptions = {}): Promise<ParsedLedgerTable> {
  const bytes = await readLedgerBytes(path);
  return parseLedgerGrid(await ledgerGridFromBytes(bytes, basename(path)), opts);
}

function parseJson<T>(s: string | undefined): T | null {
  if (!s) return null;
  try {
    return JSON.parse(s) as T;
  } catch {
    return null;
  }
}

/** A returned fill-in workbook (or any table a unit sent back) with what Qicao recorded in it. */
export function returnedFromGrid(grid: LedgerGrid): ReturnedFile {
  const m = parseJson<CollectMeta>(grid.meta?.collect);
  const meta = m && m.format === COLLECT_FORMAT && typeof m.draftId === 'string' && typeof m.round === 'number' ? m : null;
  const sent = new Map<string, Partial<CollectRow>>();
  for (const [k, v] of Object.entries(grid.meta ?? {})) {
    if (!k.startsWith('sent:')) continue;
    const row = parseJson<Partial<CollectRow>>(v);
    if (row) sent.set(k.slice(5), row);
  }
  return { file: grid.name, table: parseLedgerGrid(grid), meta, sent };
}

export async function readReturnedFile(path: string): Promise<ReturnedFile> {
  const bytes = await readLedgerBytes(path);
  return returnedFromGrid(await ledgerGridFromBytes(bytes, basename(path)));
}
