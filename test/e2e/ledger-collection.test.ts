// The ledger from Excel and the collection round in Chromium: import a LibreOffice-written ledger workbook (preview
// and column mapping first) → a new notice → 生成各单位征集表 (downloads) → two units fill theirs in → 合并退回的征集表
// (review) → the notice's ledger, counts and 三 show the new statuses.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, type Session, foreignRequests, startSession } from './app-helpers';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'ledger');
const UPDATE_DOCS = process.env.UPDATE_DOCS_SCREENSHOTS === '1';

async function shot(s: Session, name: string, target?: { screenshot(o: { path: string }): Promise<unknown> }): Promise<void> {
  const path = `${SHOTS}/${name}.png`;
  await (target ?? s.page).screenshot({ path });
  if (UPDATE_DOCS) {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(path, `docs/screenshots/${name}.png`);
  }
}

/** A unit fills its workbook: the status from the dropdown's words and a line of progress, by problem. */
async function fillReturn(src: string, out: string, problem: string, status: string, progress: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(src) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('进展征集')!;
  let hit = 0;
  ws.eachRow((row, n) => {
    if (n < 3 || !String(row.getCell(4).value).startsWith(problem)) return;
    row.getCell(8).value = status;
    row.getCell(9).value = progress;
    hit++;
  });
  expect(hit).toBe(1);
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('ledger import and collection round (Chromium, browser host)', () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    s = await startSession();
    dir = mkdtempSync(join(tmpdir(), 'qicao-e2e-ledger-'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports a ledger workbook into a new notice after the preview', async () => {
    const { page } = s;
    await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '从台账新建' }).click();
    const dialog = page.getByRole('dialog', { name: '从整改台账新建通报' });
    await dialog.getByLabel('选择台账文件').setInputFiles(join(FIX, 'variant1-merged-aspects.xlsx'));
    await expect.poll(() => dialog.getByRole('status').first().innerText(), { timeout: 30_000 }).toContain('识别出 6 个问题');
    expect(await dialog.getByLabel('第H列的内容').inputValue()).toBe('progress');
    // The clerk says column H is the status column: the rows are read again, still six.
    await dialog.getByLabel('第H列的内容').selectOption('status');
    await expect.poll(() => dialog.getByLabel('第H列的内容').inputValue(), { timeout: 30_000 }).toBe('status');
    await expect.poll(() => dialog.getByRole('table', { name: '识别出的问题' }).locator('tbody tr').count(), { timeout: 30_000 }).toBe(6);
    expect(await dialog.getByRole('table', { name: '识别出的问题' }).innerText()).toContain('法治宣传教育针对性不强');
    await shot(s, 'ledger-import-preview', dialog);
    await dialog.getByRole('button', { name: '用这 6 个问题新建通报' }).click();
    await page.locator('.q-editable').waitFor();
    await expect.poll(() => page.locator('.q-editable .q-problem').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.q-editable').innerText()).toContain('3个方面6个具体问题');
  });

  it('collects: one workbook per unit, the round recorded', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '台账' }).click();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: '生成各单位征集表' }).click();
    await expect.poll(() => page.locator('.workspace .notice-banner').innerText().catch(() => ''), { timeout: 30_000 }).toContain('第 1 轮进展征集');
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(4);
    for (const d of downloads) await d.saveAs(join(dir, d.suggestedFilename()));
    expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([
      '第1轮进展征集-人民参与和促进法治科.xlsx', '第1轮进展征集-办公室.xlsx', '第1轮进展征集-政工科.xlsx', '第1轮进展征集-普法与依法治理科.xlsx',
    ]);
  });

  it('merges two returns after the review, and the notice shows the new statuses', async () => {
    const { page } = s;
    const a = join(dir, '普法-退回.xlsx');
    const b = join(dir, '办公室-退回.xlsx');
    await fillReturn(join(dir, '第1轮进展征集-普法与依法治理科.xlsx'), a, '法治宣传', '已完成', '已印发年度普法责任清单。');
    await fillReturn(join(dir, '第1轮进展征集-办公室.xlsx'), b, '公务接待', '基本完成', '已执行接待标准，清单制度正在完善。');
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByLabel('选择退回的征集表').setInputFiles([b, a]);
    const review = page.getByRole('dialog', { name: '合并退回的征集表（第 1 轮）' });
    await review.waitFor();
    expect(await review.getByRole('status').innerText()).toContain('收到 2 个文件，2 处更新');
    expect(await review.getByRole('table', { name: '进展更新' }).innerText()).toContain('基本完成 → 已完成');
    await shot(s, 'ledger-merge-review', review);
    await review.getByRole('button', { name: '采用所选 2 处更新' }).click();
    await expect.poll(() => page.locator('.workspace .notice-banner').innerText().catch(() => ''), { timeout: 30_000 }).toContain('已采用 2 处进展更新');
    await page.getByRole('tab', { name: '台账' }).click();
    const ledger = page.getByRole('table', { name: '整改台账' });
    const status = (title: string) => ledger.locator('tr', { hasText: title }).getByLabel('整改状态').inputValue();
    expect(await status('法治宣传教育针对性不强')).toBe('done');
    expect(await status('公务接待管理不规范')).toBe('mostly-done');
    const text = await page.locator('.q-editable').innerText();
    expect(text).toContain('已完成整改4个，基本完成1个，正在推进或未完成1个');
    // Section 三 follows: 公务接待 is now a 基本完成 follow-up, 法治宣传 is no longer one.
    const further = text.slice(text.indexOf('需要进一步整改的事项'));
    expect(further).toContain('公务接待管理不规范');
    expect(further).not.toContain('法治宣传教育针对性不强');
    expect(foreignRequests(s)).toEqual([]);
  });

  it('updates the ledger from a newer version of the table, row by row', async () => {
    const { page } = s;
    const csv = join(dir, '整改台账-修订.csv');
    writeFileSync(csv, [
      '序号,方面,具体问题,整改措施,责任单位,完成时限,状态',
      '1,贯彻落实党的路线方针政策和党中央决策部署方面,学习贯彻习近平新时代中国特色社会主义思想不够深入,完善党组理论学习中心组学习制度,办公室,2024年12月底,已完成',
      '2,落实全面从严治党战略部署方面,干部教育培训计划执行不到位,制定年度培训计划。,政工科,2025年6月,正在整改',
      '3,落实巡察整改和意识形态工作责任制方面,意识形态阵地管理存在薄弱环节,加强单位网站、微信公众号的内容审核。,政工科,2024年12月31日,已完成',
    ].join('\n'), 'utf8');
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByLabel('选择用于更新的台账文件').setInputFiles(csv);
    const dialog = page.getByRole('dialog', { name: '从台账文件更新' });
    await dialog.waitFor();
    expect(await dialog.getByRole('status').innerText()).toContain('新增 1，有变化 0，无变化 2，表中没有 4');
    await dialog.getByRole('button', { name: '采用所选 1 行' }).click();
    await expect.poll(() => page.locator('.workspace .notice-banner').innerText().catch(() => ''), { timeout: 30_000 }).toContain('已按台账文件更新 1 行');
    await expect.poll(() => page.locator('.q-editable').innerText(), { timeout: 30_000 }).toContain('3个方面7个具体问题');
    expect(await page.locator('.q-editable').innerText()).toContain('干部教育培训计划执行不到位');
  });
});
