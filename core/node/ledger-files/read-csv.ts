// .csv → neutral grid: UTF-8 or GBK (the shared encoding detection), quoted cells with line breaks, comma, tab or
// semicolon as Excel and WPS write them.
import type { LedgerGrid } from '../../common/ledger-table/grid';
import { decodeText } from '../readers/decode';
import { NoticeReadError } from '../readers/errors';
import { LedgerFileError } from './errors';

export function parseCsv(text: string): string[][] {
  const first = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  const counts = [',', '\t', ';'].map((d) => ({ d, n: first.split(d).length }));
  const sep = counts.sort((a, b) => b.n - a.n)[0]!.d;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function readCsvGrid(bytes: Uint8Array, name: string): LedgerGrid {
  let text: string;
  try {
    text = decodeText(bytes, name).text;
  } catch (e) {
    if (e instanceof NoticeReadError) throw new LedgerFileError(`“${name}”不是可识别的表格文本：既不是 UTF-8，也不是 GBK 编码。`, 'bad-file', { cause: e });
    throw e;
  }
  return { name, sheets: [{ name: name.replace(/\.[^.]+$/, ''), hidden: false, rows: parseCsv(text.replace(/^\uFEFF/, '')), merges: [], hiddenRows: [] }] };
}
