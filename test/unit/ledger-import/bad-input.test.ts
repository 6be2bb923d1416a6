// Bad ledger files: a clear Chinese message or a preview — never a crash, never a silent change.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseLedgerGrid } from '../../../core/common/ledger-table/index';
import { LedgerFileError, readLedgerTable } from '../../../core/node/ledger-files/index';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'ledger');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qicao-ledger-bad-'));
});

async function failure(path: string): Promise<LedgerFileError> {
  const e = await readLedgerTable(path).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(LedgerFileError);
  return e as LedgerFileError;
}

async function saveBook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('files that cannot be read say why, in Chinese', () => {
  test('a legacy .xls (written by LibreOffice) asks to save as .xlsx; renamed to .xlsx it is recognised too', async () => {
    const e = await failure(join(FIX, 'legacy-excel97.xls'));
    expect([e.code, e.message]).toEqual(['legacy', expect.stringContaining('另存为” .xlsx')]);
    const renamed = join(dir, 'renamed.xlsx');
    copyFileSync(join(FIX, 'legacy-excel97.xls'), renamed);
    expect((await failure(renamed)).message).toContain('取消密码，另存为 .xlsx');
  });
  test('an encrypted workbook (an OLE container where the zip should be) asks to remove the password', async () => {
    const path = join(dir, '加密台账.xlsx');
    // What Excel writes for a password-protected .xlsx: a compound file holding EncryptionInfo and EncryptedPackage.
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    const e = await failure(path);
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('设置了打开密码');
  });
  test.each([['.et', 'WPS 表格'], ['.ods', 'OpenDocument'], ['.doc', '另存为” .docx']])('%s', async (ext, words) => {
    const path = join(dir, `台账${ext}`);
    writeFileSync(path, 'x');
    expect((await failure(path)).message).toContain(words);
  });
  test('an empty file, a damaged workbook, a Word file without a table, a PDF', async () => {
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect((await failure(join(dir, 'empty.xlsx'))).message).toContain('空文件');
    writeFileSync(join(dir, 'broken.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    expect((await failure(join(dir, 'broken.xlsx'))).message).toContain('文件已损坏');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>正文，没有表格</w:t></w:r></w:p></w:body></w:document>');
    writeFileSync(join(dir, 'no-table.docx'), await zip.generateAsync({ type: 'uint8array' }));
    expect((await failure(join(dir, 'no-table.docx'))).message).toContain('没有表格');
    writeFileSync(join(dir, 'a.pdf'), '%PDF-1.4');
    expect((await failure(join(dir, 'a.pdf'))).code).toBe('unsupported');
    expect((await failure(join(dir, 'missing.xlsx'))).code).toBe('missing');
  });
});

describe('files that can be read but are not a ledger yet get a preview', () => {
  test('no recognisable header: the first rows are shown and the clerk’s mapping reads them', async () => {
    const path = await saveBook('no-header.xlsx', (wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['1', '食堂管理不规范', '建立陪餐制度', '后勤科']);
      ws.addRow(['2', '档案管理混乱', '开展档案整理', '办公室']);
    });
    const t = await readLedgerTable(path);
    expect(t.headerRow).toBeNull();
    expect(t.rows).toEqual([]);
    expect(t.notes[0]).toContain('未找到表头');
    expect(t.preview[1]).toEqual(['2', '档案管理混乱', '开展档案整理', '办公室']);
    const mapped = await readLedgerTable(path, { headerRow: -1, mapping: ['index', 'problem', 'measures', 'unit'] });
    expect(mapped.rows.map((r) => [r.problem, r.unit])).toEqual([['食堂管理不规范', '后勤科'], ['档案管理混乱', '办公室']]);
  });
  test('an empty workbook and an empty sheet', async () => {
    const path = await saveBook('blank.xlsx', (wb) => wb.addWorksheet('Sheet1'));
    const t = await readLedgerTable(path);
    expect([t.rows.length, t.headerRow]).toEqual([0, null]);
    expect(parseLedgerGrid({ name: 'x', sheets: [] }).rows).toEqual([]);
  });
  test('a header whose problem column the clerk has not mapped', async () => {
    const path = await saveBook('no-problem.xlsx', (wb) => wb.addWorksheet('S').addRow(['序号', '措施', '责任单位']));
    const t = await readLedgerTable(path, { headerRow: 0 });
    expect(t.notes.join()).toContain('没有指定“具体问题”所在的列');
  });
  test('5,000 rows are all read', async () => {
    const path = await saveBook('big.xlsx', (wb) => {
      const ws = wb.addWorksheet('台账');
      ws.addRow(['序号', '具体问题', '整改措施', '责任单位', '完成时限', '状态']);
      for (let i = 1; i <= 5000; i++) ws.addRow([i, `第${i}个问题：制度执行不到位`, '一是建立制度；二是加强检查。', `科室${i % 17}`, '2025年12月底', i % 3 ? '已完成' : '正在整改']);
    });
    const t = await readLedgerTable(path);
    expect(t.rows).toHaveLength(5000);
    expect(t.rows[4999]!.problem).toBe('第5000个问题：制度执行不到位');
    expect(t.rows.filter((r) => r.status === 'ongoing')).toHaveLength(1666);
  });
});
