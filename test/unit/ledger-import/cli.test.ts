// `qicao ledger import|collect|merge` through the built CLI, on the LibreOffice-written fixtures.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, test } from 'vitest';
import { computeCounts } from '../../../core/common/model/counts';
import { readDraftFile } from '../../../core/node/draft-file';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIX = join(ROOT, 'test', 'fixtures', 'ledger');
let dir = '';

function qicao(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/qicao.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const counts = (path: string) => computeCounts(readDraftFile(path).body);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'qicao-ledger-cli-'));
}, 60_000);

test('import previews, makes a draft, merges into one; collect writes one workbook per unit; merge applies returns', async () => {
  const preview = qicao('ledger', 'import', join(FIX, 'variant4-docx-table.docx'));
  expect(preview.code).toBe(0);
  expect(preview.out).toContain('识别出 3 个问题');
  expect(preview.out).toContain('B 问题表现 → 具体问题');

  const draft = join(dir, 'd.qicao.json');
  const made = qicao('ledger', 'import', join(FIX, 'variant1-merged-aspects.xlsx'), '-o', draft);
  expect(made.code).toBe(0);
  expect(counts(draft)).toMatchObject({ aspects: 3, problems: 6, measures: 10 });

  const into = qicao('ledger', 'import', join(FIX, 'variant3-two-row-header.xlsx'), '--into', draft, '--json');
  expect(into.code).toBe(0);
  const rows = (JSON.parse(into.out) as { rows: { change: string }[] }).rows;
  expect(rows.filter((r) => r.change === 'added')).toHaveLength(4);
  expect(rows.filter((r) => r.change === 'missing')).toHaveLength(6);
  expect(counts(draft).problems).toBe(10); // missing ones are kept

  const folder = join(dir, 'out');
  const c = qicao('ledger', 'collect', draft, '-o', folder);
  expect(c.code).toBe(0);
  const files = readdirSync(folder).sort();
  expect(files).toContain('第1轮进展征集-机关党委.xlsx');
  expect(files).toHaveLength(7); // 办公室 普法 人民参与 政工科 (from 办公室、政工科 too) 食品安全科 特种设备科 机关党委

  const path = join(folder, '第1轮进展征集-机关党委.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('进展征集')!;
  ws.getCell('H4').value = '已完成'; // 党员发展程序不规范: 未完成 → 已完成
  ws.getCell('I4').value = '已逐一核查发展档案42份。';
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  const m = qicao('ledger', 'merge', draft, ...files.map((f) => join(folder, f)), '--json');
  expect(m.code).toBe(0);
  const out = JSON.parse(m.out) as { applied: string[]; review: { updates: { title: string; after: { status: string } }[] } };
  expect(out.review.updates.map((u) => [u.title, u.after.status])).toEqual([['党员发展程序不规范', 'done']]);
  expect(out.applied).toHaveLength(1);
  expect(readDraftFile(draft).collection?.round).toBe(1);
  expect(counts(draft).notDone).toBe(3); // 4 正在推进/未完成, one now done
}, 180_000);

test('bad input: a one-line Chinese error and exit code 1, the draft untouched', () => {
  const r = qicao('ledger', 'import', join(FIX, 'legacy-excel97.xls'), '-o', join(dir, 'x.qicao.json'));
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/^错误：“legacy-excel97.xls”是Excel 97-2003 工作簿/);
  const none = join(dir, 'nohead.csv');
  writeFileSync(none, '1,食堂管理不规范,建立陪餐制度\n');
  const n = qicao('ledger', 'import', none, '-o', join(dir, 'y.qicao.json'));
  expect(n.code).toBe(1);
  expect(n.err).toContain('未找到表头');
  expect(n.err).toContain('--map');
  const mapped = qicao('ledger', 'import', none, '--map', 'A=index,B=problem,C=measures', '-o', join(dir, 'y.qicao.json'));
  expect(mapped.code).toBe(0);
  expect(counts(join(dir, 'y.qicao.json')).problems).toBe(1);
  expect(qicao('ledger', 'frobnicate').code).toBe(2);
}, 120_000);
