// A ledger table (the 整改方案's 问题清单 or a unit's return) → problem rows, with the header and column mapping the
// clerk sees in the preview and may change before anything is saved.
import type { ProblemStatus } from '../model/types';
import { parseDeadline, parseStatus, splitMeasures, stripHeadingOrdinal, stripLeadingMarker } from './cells';
import { type ColumnKind, detectHeader, mapHeaderRow } from './columns';
import { type GridSheet, type LedgerGrid, bandRows, filledRows, gridWidth } from './grid';

export interface LedgerTableRow {
  /** 1-based row in the sheet, for messages ("第 12 行"). */
  line: number;
  /** The Qicao problem id a fill-in workbook carries; absent in tables from elsewhere. */
  id?: string;
  index: string;
  aspect: string;
  category: string;
  problem: string;
  measures: string[];
  leader: string;
  unit: string;
  person: string;
  deadline: string;
  progress: string;
  /** From the status column, else from the progress text; null when neither states one. */
  status: ProblemStatus | null;
  statusText: string;
  evidence: string;
  /** 填报日期 of a return (YYYY-MM-DD when a full date). */
  reported: string;
  notes: string;
}

export interface ParseOptions {
  /** Sheet index; default: the first visible sheet with a recognisable header. */
  sheet?: number;
  /** 0-based header row chosen by the clerk; -1 = no header, data from the first row. */
  headerRow?: number;
  /** The clerk's mapping, one kind per column; overrides what the header says. */
  mapping?: ColumnKind[];
}

export interface ParsedLedgerTable {
  file: string;
  sheets: { name: string; hidden: boolean }[];
  sheet: number;
  /** 0-based; null when no header was found (the clerk maps the columns from the preview). */
  headerRow: number | null;
  headers: string[];
  mapping: ColumnKind[];
  rows: LedgerTableRow[];
  /** The first rows as they are, for a preview when no header was found. */
  preview: string[][];
  notes: string[];
  meta: Record<string, string>;
}

const clean = (s: string | undefined): string => (s ?? '').replace(/\r\n?/g, '\n').replace(/[ \t\u3000]+/g, (m) => (m.includes('\u3000') ? '' : ' ')).trim();

/** A band row's text: 一、… is a 方面, （一）… a 类别. */
function bandKind(text: string): 'aspect' | 'category' {
  return /^[（(][一二三四五六七八九十]+[）)]/.test(text.trim()) ? 'category' : 'aspect';
}

function pickSheet(grid: LedgerGrid, asked: number | undefined): number {
  if (asked !== undefined && asked >= 0 && asked < grid.sheets.length) return asked;
  const visible = grid.sheets.map((s, i) => ({ s, i })).filter((x) => !x.s.hidden);
  const withHeader = visible.find((x) => detectHeader(filledRows(x.s)) !== null);
  return (withHeader ?? visible[0] ?? { i: 0 }).i;
}

export function parseLedgerGrid(grid: LedgerGrid, opts: ParseOptions = {}): ParsedLedgerTable {
  const notes: string[] = [];
  const si = pickSheet(grid, opts.sheet);
  const sheet: GridSheet = grid.sheets[si] ?? { name: '', hidden: false, rows: [], merges: [], hiddenRows: [] };
  const rows = filledRows(sheet).map((r) => r.map(clean));
  const width = gridWidth(rows);
  const base: Omit<ParsedLedgerTable, 'headerRow' | 'headers' | 'mapping' | 'rows'> = {
    file: grid.name,
    sheets: grid.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    sheet: si,
    preview: rows.slice(0, 12).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')),
    notes,
    meta: grid.meta ?? {},
  };
  const hiddenSheets = grid.sheets.filter((s) => s.hidden).length;
  if (hiddenSheets) notes.push(`文件中有 ${hiddenSheets} 个隐藏的工作表，未导入`);
  const guess = opts.headerRow === undefined ? detectHeader(rows) : null;
  const headerRow = opts.headerRow ?? guess?.row ?? null;
  if (headerRow === null && !opts.mapping) {
    notes.push('未找到表头（如“序号”“具体问题”“整改措施”“责任单位”），请在预览中指定各列的内容');
    return { ...base, headerRow: null, headers: [], mapping: Array.from({ length: width }, () => 'ignore'), rows: [] };
  }
  const headers = headerRow !== null && headerRow >= 0 ? Array.from({ length: width }, (_, i) => rows[headerRow]?.[i] ?? '') : [];
  const mapping = Array.from({ length: width }, (_, i) =>
    opts.mapping?.[i] ?? guess?.mapping[i] ?? (headers.length ? mapHeaderRow(headers)[i] : undefined) ?? 'ignore');
  if (!mapping.includes('problem')) {
    notes.push('没有指定“具体问题”所在的列，请在预览中指定');
    return { ...base, headerRow, headers, mapping, rows: [] };
  }
  const first = headerRow === null || headerRow < 0 ? 0 : headerRow + (guess?.rows ?? 1);
  const col = (k: ColumnKind): number => mapping.indexOf(k);
  const cols = {
    id: col('id'), index: col('index'), aspect: col('aspect'), category: col('category'), problem: col('problem'),
    measures: col('measures'), leader: col('leader'), unit: col('unit'), person: col('person'), deadline: col('deadline'),
    progress: col('progress'), status: col('status'), evidence: col('evidence'), reported: col('reported'), notes: col('notes'),
  };
  const at = (r: string[], c: number): string => (c >= 0 ? r[c] ?? '' : '');
  const hidden = new Set(sheet.hiddenRows);
  const bands = bandRows(sheet, width);
  // mapHeaderRow reads a lone 问题类别 column as the 方面; where 方面 are written as bands across the table (as
  // Qicao's own ledger export has them), that column is the category again.
  const guessedAspect = headerRow !== null && headerRow >= 0 && cols.aspect >= 0 && /类别|分类|类型|问题性质/u.test(headers[cols.aspect] ?? '');
  if (guessedAspect && [...bands].some((r) => r >= first)) {
    cols.category = cols.aspect;
    cols.aspect = -1;
  }
  const out: LedgerTableRow[] = [];
  let aspect = '';
  let category = '';
  let skippedHidden = 0;
  let prev: LedgerTableRow | null = null;
  let prevKey = '';
  for (let r = first; r < rows.length; r++) {
    const row = rows[r]!;
    if (hidden.has(r)) {
      if (row.some((c) => c)) skippedHidden++;
      continue;
    }
    const filled = row.filter((c) => c);
    if (filled.length === 0) continue;
    const problemText = at(row, cols.problem);
    // A 方面/类别 heading written as a band across the table, or alone in the first column.
    if (bands.has(r) || (filled.length === 1 && !problemText && !at(row, cols.measures))) {
      const t = filled[0]!;
      // With a 问题类别 column, a band can only be a 方面 (Qicao's own export numbers 方面 （一） under 二、).
      if (cols.category < 0 && bandKind(t) === 'category' && aspect) category = stripHeadingOrdinal(t);
      else {
        aspect = stripHeadingOrdinal(t);
        category = '';
      }
      prev = null;
      continue;
    }
    const rowAspect = cols.aspect >= 0 && at(row, cols.aspect) ? stripHeadingOrdinal(at(row, cols.aspect)) : aspect;
    const rowCategory = cols.category >= 0 ? stripHeadingOrdinal(at(row, cols.category)) : rowAspect === aspect ? category : '';
    const measures = splitMeasures(at(row, cols.measures));
    // Rows of one problem: its merged cells repeat the same text, or a row carries only more measures.
    const key = `${at(row, cols.id)}|${at(row, cols.index)}|${problemText}`;
    if (prev && (problemText ? key === prevKey : measures.length > 0 || at(row, cols.progress))) {
      for (const m of measures) if (!prev.measures.includes(m)) prev.measures.push(m);
      const p = at(row, cols.progress);
      if (p && !prev.progress.includes(p)) prev.progress = prev.progress ? `${prev.progress}\n${p}` : p;
      continue;
    }
    if (!problemText) continue; // 填报说明, 合计, signatures under the table
    const statusText = at(row, cols.status);
    const progress = at(row, cols.progress);
    const item: LedgerTableRow = {
      line: r + 1,
      index: at(row, cols.index),
      aspect: rowAspect,
      category: rowCategory,
      problem: stripLeadingMarker(problemText),
      measures,
      leader: at(row, cols.leader),
      unit: at(row, cols.unit),
      person: at(row, cols.person),
      deadline: parseDeadline(at(row, cols.deadline)),
      progress,
      status: parseStatus(statusText) ?? (progress ? parseStatus(progress) : null),
      statusText,
      evidence: at(row, cols.evidence),
      reported: parseDeadline(at(row, cols.reported)),
      notes: at(row, cols.notes),
    };
    const id = at(row, cols.id);
    if (id) item.id = id;
    out.push(item);
    prev = item;
    prevKey = key;
  }
  if (skippedHidden) notes.push(`跳过了 ${skippedHidden} 个隐藏行`);
  const unknownStatus = out.filter((x) => x.statusText && parseStatus(x.statusText) === null).length;
  if (unknownStatus) notes.push(`${unknownStatus} 个问题的状态无法识别，已标为“未标明”，请在预览中核对`);
  return { ...base, headerRow, headers, mapping, rows: out };
}
