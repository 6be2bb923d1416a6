// The neutral grid every ledger reader produces (XLSX, CSV, a Word table): cell strings by row, plus merges and
// what the file hid, so the parser never depends on the file format.

/** 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  name: string;
  /** A hidden (or very hidden) worksheet: never chosen on its own, mentioned in the preview. */
  hidden: boolean;
  rows: string[][];
  merges: CellRange[];
  /** 0-based indexes of rows the file hides: skipped, and counted in the preview's notes. */
  hiddenRows: number[];
}

export interface LedgerGrid {
  /** The file's name, for messages. */
  name: string;
  sheets: GridSheet[];
  /** Values Qicao wrote into its own fill-in workbooks (draft id, round, unit), read back on merge. */
  meta?: Record<string, string>;
}

/** Rows with every merged area filled with its top-left value, as a clerk reads a merged 方面 cell. */
export function filledRows(sheet: GridSheet): string[][] {
  const rows = sheet.rows.map((r) => [...r]);
  for (const m of sheet.merges) {
    const v = rows[m.top]?.[m.left] ?? '';
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (rows[r] ??= []);
      for (let c = m.left; c <= m.right; c++) row[c] = v;
    }
  }
  return rows;
}

/** True when a row is one merged cell across the table (a 方面 or 类别 heading written as a band). */
export function bandRows(sheet: GridSheet, width: number): Set<number> {
  const out = new Set<number>();
  for (const m of sheet.merges) {
    if (m.top === m.bottom && m.right - m.left + 1 >= Math.max(2, width - 1)) out.add(m.top);
  }
  return out;
}

export function gridWidth(rows: string[][]): number {
  return rows.reduce((n, r) => Math.max(n, r.length), 0);
}
