// The tables of a Word .docx (the 整改方案's 问题清单) → neutral grid, one sheet per table: paragraphs in a cell
// become lines, gridSpan and vMerge become merges.
import type { CellRange, GridSheet, LedgerGrid } from '../../common/ledger-table/grid';
import { COLLECT_DOCX_PROPERTY, SENT_DOCX_PROPERTY } from '../../common/ledger-table/collect-meta';
import { LedgerFileError } from './errors';
import { openZip } from './zip';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos);/g, (_, n: string) => ENTITIES[n]!).replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));

/** Splits XML into the top-level elements named `tag` (nested ones of the same name stay inside). */
function topLevel(xml: string, tag: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  let depth = 0;
  let start = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2] === '/') continue;
    if (m[1] !== '/') {
      if (depth++ === 0) start = m.index;
    } else if (--depth === 0) out.push(xml.slice(start, m.index + m[0].length));
  }
  return out;
}

function cellText(tc: string): string {
  // Text of this cell only: nested tables are rare in a 清单 and read as lines.
  return topLevel(tc, 'w:p').map((p) => {
    let s = '';
    const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|cr)\b[^>]*\/>|<w:tab\b[^>]*\/>/g;
    for (let m = re.exec(p); m; m = re.exec(p)) s += m[1] !== undefined ? unescape(m[1]) : m[2] ? '\n' : '\t';
    return s;
  }).join('\n');
}

export function tablesFromDocumentXml(xml: string): GridSheet[] {
  const body = xml.slice(xml.indexOf('<w:body'));
  return topLevel(body, 'w:tbl').map((tbl, ti) => {
    const rows: string[][] = [];
    const merges: CellRange[] = [];
    const open = new Map<number, CellRange>(); // vertical merges by column
    topLevel(tbl, 'w:tr').forEach((tr, r) => {
      const row: string[] = [];
      let c = 0;
      for (const tc of topLevel(tr, 'w:tc')) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
        const vm = /<w:vMerge(?: w:val="(\w+)")?\s*\/>/.exec(tc);
        if (vm && vm[1] !== 'restart') {
          const m = open.get(c);
          if (m) m.bottom = r;
          for (let k = 0; k < span; k++) row[c + k] = '';
        } else {
          row[c] = cellText(tc);
          for (let k = 1; k < span; k++) row[c + k] = '';
          const range = { top: r, left: c, bottom: r, right: c + span - 1 };
          if (vm) open.set(c, range);
          else open.delete(c);
          merges.push(range);
        }
        c += span;
      }
      rows.push(row);
    });
    return { name: `表格${ti + 1}`, hidden: false, rows, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left), hiddenRows: [] };
  });
}

export async function readDocxTables(bytes: Uint8Array, name: string): Promise<LedgerGrid> {
  let xml: string | undefined;
  let custom: string | undefined;
  try {
    const zip = openZip(bytes);
    xml = zip.text('word/document.xml');
    custom = zip.text('docProps/custom.xml');
  } catch (e) {
    throw new LedgerFileError(`无法读取 Word 文档“${name}”：文件已损坏，或不是 .docx 格式。`, 'bad-file', { cause: e });
  }
  if (!xml) throw new LedgerFileError(`“${name}”不是 Word 文档（.docx）。`, 'bad-file');
  const sheets = tablesFromDocumentXml(xml);
  if (sheets.length === 0) throw new LedgerFileError(`Word 文档“${name}”中没有表格。请确认整改台账（问题清单）是以表格形式写的。`, 'no-table');
  return { name, sheets, meta: customMeta(custom) };
}

/** Qicao's custom document properties (a Word 征集表) as grid meta: the collect record and the rows as sent. */
function customMeta(xml: string | undefined): Record<string, string> {
  const meta: Record<string, string> = {};
  if (!xml) return meta;
  for (const m of xml.matchAll(/<property\b[^>]*\bname="([^"]+)"[^>]*>\s*<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/g)) {
    const value = unescape(m[2]!);
    if (m[1] === COLLECT_DOCX_PROPERTY) meta.collect = value;
    else if (m[1] === SENT_DOCX_PROPERTY) {
      try {
        for (const [id, row] of Object.entries(JSON.parse(value) as Record<string, unknown>)) meta[`sent:${id}`] = JSON.stringify(row);
      } catch {
        // A damaged record only costs the locked-cell check.
      }
    }
  }
  return meta;
}
