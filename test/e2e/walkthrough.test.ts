// A clerk's day, scripted end to end: first start on an empty library, 单位信息, import last year's putian notice,
// read it in both views, 以此为基础新建下一年度, update the preamble dates in 字段, set two statuses in 台账 and
// generate 三、需进一步整改, add a problem with two measures typed through the IME, fix one 校对 finding and ignore
// another, mark 送审稿 and compare it with the carried-over start, export Word and PDF and render both, then look at
// the workspace at 1280×720 and at 200% zoom. A screenshot after every step (test/.artifacts/screenshots/walkthrough-*).
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';
import { NOTICES_DIR, describeShared } from '../support/shared';
import { SHOTS, confirmExport } from './app-helpers';
import { caretAtEnd, waitSaved } from './editor-helpers';

const FIXTURE = join(NOTICES_DIR, 'putian-sfj-2025-notice.txt');
const PUTIAN_TITLE = '中共莆田市司法局党组关于巡察整改进展情况的通报';
const NEW_PROBLEM = '整改台账动态更新不及时的问题。';
const NEW_MEASURES = ['建立整改台账月度更新制度,由办公室每月汇总。', '对逾期未销号的问题逐项督办,限期办结。'];

describeShared('walkthrough: a clerk drafts next year\'s notice (Chromium, browser host)', () => {
  let app: ServedApp;
  let page: Page;
  let cdp: CDPSession;
  let close: () => Promise<void>;
  const requests: string[] = [];
  let n = 0;
  const out = mkdtempSync(join(tmpdir(), 'qicao-walk-'));

  const shot = async (step: string): Promise<void> => {
    n += 1;
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/walkthrough-${String(n).padStart(2, '0')}-${step}.png` });
  };
  /** Types through IME composition, as a clerk with a pinyin IME does: pinyin first, then the chosen characters. */
  const imeType = async (text: string): Promise<void> => {
    await cdp.send('Input.imeSetComposition', { text: 'pin', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.insertText', { text });
    await page.waitForTimeout(60);
  };
  const toolbar = () => page.getByRole('toolbar', { name: '主工具栏' });
  const row = (title: string | RegExp): Locator => page.locator('.draft-list li.draft-row', { hasText: title });
  const rect = () => page.locator('.q-editable .q-section[data-role="rectification"]');
  const further = () => page.locator('.q-editable .q-section[data-role="further"]');
  const download = async (kind: 'Word' | 'PDF'): Promise<Buffer> => {
    await page.getByRole('button', { name: '导出 ▾' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`导出 ${kind}`) }).click();
    const dialog = page.getByRole('dialog', { name: `导出 ${kind}` });
    await dialog.waitFor();
    await shot(`export-${kind.toLowerCase()}-dialog`);
    const d = await confirmExport(page, dialog, () => shot(`export-${kind.toLowerCase()}-warning`));
    const path = await d.path();
    await page.getByRole('alert').filter({ hasText: `已下载：${d.suggestedFilename()}` }).waitFor();
    return readFileSync(path!);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await serveApp();
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    cdp = await context.newCDPSession(page);
    close = async () => {
      await browser.close();
      await app.stop();
    };
    await page.goto(app.url);
    await page.getByRole('navigation', { name: '文稿库' }).waitFor();
  });
  afterAll(async () => {
    await close?.();
  });

  it('first start: an empty library says what to do, and the two ways to begin are at hand', async () => {
    await page.getByText('还没有文稿').first().waitFor();
    const welcome = page.locator('.editor-area.idle');
    expect(await welcome.getByRole('button', { name: /从模板起草/ }).isVisible()).toBe(true);
    expect(await welcome.getByRole('button', { name: /导入已发布的通报/ }).isVisible()).toBe(true);
    // 单位信息 is still empty: the clerk is told why to fill it in, with a way there.
    expect(await welcome.getByRole('button', { name: '填写单位信息' }).isVisible()).toBe(true);
    await shot('first-start');
  });

  it('单位信息: filled once, confirmed', async () => {
    await page.locator('.editor-area.idle').getByRole('button', { name: '填写单位信息' }).click();
    const dialog = page.getByRole('dialog', { name: '单位信息' });
    await dialog.getByLabel('单位全称').fill('莆田市司法局');
    await dialog.getByLabel('党组（党委）名称').fill('中共莆田市司法局党组');
    await dialog.getByLabel('单位简称').fill('市司法局');
    await dialog.getByLabel('联系电话').fill('0594-2630053');
    await dialog.getByLabel('邮政编码').fill('351100');
    await dialog.getByLabel('电子邮箱').fill('ptsf2230053@163.com');
    await shot('profile-dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status', { name: '提示' }).filter({ hasText: '单位信息已保存' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: '填写单位信息' }).count()).toBe(0);
    await shot('profile-saved');
  });

  it('导入 last year\'s notice: the report first, then the draft', async () => {
    await toolbar().getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入已发布的通报' });
    await shot('import-dialog');
    await dialog.getByLabel('选择要导入的文件').setInputFiles(FIXTURE);
    const report = page.getByRole('dialog', { name: '导入结果' });
    await report.waitFor();
    expect(await report.getByLabel('导入统计').innerText()).toContain('3 个方面、38 个具体问题');
    await shot('import-report');
    await report.getByRole('button', { name: '打开文稿' }).click();
    await page.locator('.q-editable').waitFor();
    expect(await page.locator('textarea.doc-title').inputValue()).toBe(PUTIAN_TITLE);
    await expect.poll(() => page.locator('.status-bar').innerText()).toContain('问题 38（');
    await shot('imported-page-view');
  });

  it('skims it in page view and writing view', async () => {
    await rect().locator('.q-problem').first().scrollIntoViewIfNeeded();
    await shot('page-view-problems');
    await page.getByRole('radio', { name: '写作视图' }).click();
    await rect().locator('.q-problem').first().scrollIntoViewIfNeeded();
    await shot('writing-view');
    // The aspects are numbered 一、 under 二、 and the problems 1., as in the notice.
    const aspect = rect().locator('.q-section[data-role="aspect"]').first();
    expect(await rect().locator('> .q-heading').getAttribute('data-ordinal')).toBe('二、');
    expect(await aspect.locator('> .q-heading').getAttribute('data-ordinal')).toBe('（一）');
    await page.getByRole('radio', { name: '页面视图' }).click();
  });

  it('以此为基础新建下一年度: what is carried and what to update is clear', async () => {
    await row(PUTIAN_TITLE).first().getByRole('button', { name: /更多操作/ }).click();
    await shot('row-menu');
    await page.getByRole('menuitem', { name: '以此为基础新建下一年度' }).click();
    const dialog = page.getByRole('dialog', { name: '已新建下一年度文稿' });
    await dialog.waitFor();
    expect(await dialog.locator('.carry-years').innerText()).toBe('年度 2025 → 2026');
    await shot('carry-forward-report');
    await dialog.getByRole('button', { name: '打开新文稿' }).click();
    await page.locator('.q-editable').waitFor();
    await expect.poll(() => page.locator('.q-editable [data-carried]').count()).toBeGreaterThan(10);
    await expect.poll(() => page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('qicao-stale');
      return h?.size ?? 0;
    })).toBeGreaterThan(0);
    await shot('carried-draft');
    expect(await row(/2026|中共莆田市司法局党组/).count()).toBeGreaterThanOrEqual(2);
  });

  it('字段: the preamble dates are changed once and the text follows', async () => {
    await page.getByRole('tab', { name: '字段' }).click();
    const panel = page.locator('.fields-panel');
    await shot('fields-panel');
    await panel.getByLabel('巡察开始日期').fill('2025年4月21日');
    await panel.getByLabel('巡察开始日期').press('Tab');
    await panel.getByLabel('巡察结束日期').fill('2025-06-06');
    await panel.getByLabel('巡察结束日期').press('Tab');
    await panel.getByLabel('反馈日期').fill('2025-07-18');
    await panel.getByLabel('反馈日期').press('Tab');
    // 成文日期 was cleared by the carry-forward: this year's date, as the clerk writes it.
    await panel.getByLabel('成文日期').fill('2026年2月10日');
    await panel.getByLabel('成文日期').press('Enter');
    await expect.poll(() => page.locator('.doc-date').innerText()).toBe('2026年2月10日');
    expect(await panel.locator('.fields-summary').innerText()).toBe('正文用到的字段都已填写。');
    // The library now knows the draft's year.
    await expect.poll(() => row(PUTIAN_TITLE).locator('.title-year', { hasText: '2026年' }).count()).toBe(1);
    const preamble = page.locator('.q-editable p[data-role="preamble"], .q-editable p').first();
    await expect.poll(() => preamble.innerText()).toContain('2025年4月21日至');
    expect(await preamble.innerText()).toContain('2025年7月18日');
    // Dates read as the text prints them, never the browser's mm/dd/yyyy.
    expect(await panel.getByLabel('巡察开始日期').inputValue()).toBe('2025年4月21日');
    await shot('fields-dates-updated');
  });

  it('台账: two statuses changed, counts follow, and 三、需进一步整改 is generated', async () => {
    await page.getByRole('tab', { name: '台账' }).click();
    const rows = page.getByRole('table', { name: '整改台账' }).locator('tbody tr[data-problem]');
    const total = await rows.count();
    expect(total).toBeGreaterThan(0);
    await rows.nth(0).getByLabel('整改状态').selectOption('mostly-done');
    await rows.nth(1).getByLabel('整改状态').selectOption('not-done');
    await expect.poll(() => page.getByLabel('台账统计').innerText()).toMatch(/基本完成 1 · 未完成 1/);
    await shot('ledger-statuses');
    await page.getByRole('button', { name: /生成“需进一步整改”/ }).click();
    // Last year's 三、 lists problems the ledger has no unfinished match for: what was written under them is kept,
    // grouped and flagged for the clerk, never dropped (so nothing needs confirming).
    await page.getByRole('alert').filter({ hasText: /已按整改台账生成/ }).waitFor();
    await expect.poll(() => further().innerText()).toContain('其他需进一步整改的问题');
    expect(await further().innerText()).toContain('谋划推进合作制公证处等改革力度不够');
    await expect.poll(() => further().locator('.q-problem').count()).toBeGreaterThanOrEqual(2);
    expect(await further().locator('> .q-heading').getAttribute('data-ordinal')).toBe('三、');
    await further().scrollIntoViewIfNeeded();
    await shot('further-generated');
  });

  it('adds a problem with two measures under an aspect, typed through the IME', async () => {
    const aspect = rect().locator('.q-section[data-role="aspect"]').first();
    const problemsBefore = await aspect.locator('.q-problem').count();
    const all = await page.locator('.q-editable .q-problem').count();
    await caretAtEnd(page, aspect.locator('.q-problem').last().locator('.q-problem-title'));
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => aspect.locator('.q-problem').count()).toBe(problemsBefore + 1);
    await imeType(NEW_PROBLEM);
    await page.keyboard.press('Enter');
    await imeType(NEW_MEASURES[0]!);
    await page.keyboard.press('Enter');
    await imeType(NEW_MEASURES[1]!);
    const added = aspect.locator('.q-problem').last();
    await expect.poll(() => added.locator('.q-problem-title').innerText()).toBe(NEW_PROBLEM);
    expect(await added.locator('.q-measure').count()).toBe(2);
    expect(await added.locator('.q-measure').nth(1).innerText()).toBe(NEW_MEASURES[1]);
    expect(await page.locator('.q-editable .q-problem').count()).toBe(all + 1);
    await added.scrollIntoViewIfNeeded();
    await shot('problem-added');
    await waitSaved(page);
  });

  it('校对: fixes one half-width comma and ignores another', async () => {
    await page.getByRole('tab', { name: /校对/ }).click();
    const half = page.locator('.checks-panel .finding[data-rule="punct.half-width"]');
    await expect.poll(() => half.count(), { timeout: 10_000 }).toBe(2);
    await shot('checks-panel');
    await half.filter({ hasText: '逐项督办,限期' }).getByRole('button', { name: /^修正/ }).click();
    await expect.poll(() => page.locator('.q-editable').innerText()).toContain('逐项督办，限期办结');
    await expect.poll(() => half.count(), { timeout: 10_000 }).toBe(1);
    await half.first().getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => half.count()).toBe(0);
    // The tab's error count agrees with the panel at once (not only after the next run).
    const panelErrors = Number(/错误 (\d+)/.exec(await page.getByLabel('校对统计').innerText())![1]);
    expect(await page.getByRole('tab', { name: /校对/ }).innerText()).toBe(panelErrors ? `校对${panelErrors}` : '校对');
    await page.getByText(/显示已忽略（1）/).waitFor();
    // The ignored comma is still in the text (the clerk chose to keep it).
    expect(await page.locator('.q-editable').innerText()).toContain('月度更新制度,由办公室');
    await shot('checks-fixed-and-ignored');
    await waitSaved(page);
  });

  it('版本: marks 送审稿 and compares it with the carried-over start', async () => {
    await page.getByRole('tab', { name: '版本' }).click();
    await page.locator('.versions-head').getByRole('button', { name: '送审稿' }).click();
    const list = page.getByRole('list', { name: '版本列表' });
    await list.locator('li', { hasText: '送审稿' }).waitFor();
    // The library's status follows the milestone, and the clerk is told so.
    await page.getByRole('alert').filter({ hasText: '已保存为送审稿' }).waitFor();
    await expect.poll(() => page.locator('.draft-row.selected .status').innerText()).toBe('送审');
    await shot('versions-marked');
    // The oldest version is the draft as carried over from last year.
    const first = list.locator('li').last();
    await first.getByRole('button', { name: '与当前比较' }).click();
    const dialog = page.getByRole('dialog', { name: /与当前文稿比较/ });
    await dialog.waitFor();
    await dialog.locator('ins').first().waitFor();
    await shot('versions-compare');
    // The new problem is what was added since the carried-over start (a character diff: in one or a few pieces).
    expect((await dialog.locator('ins').allInnerTexts()).join('')).toContain('整改台账动态更新不及时');
    expect(await dialog.getByLabel('差异统计').innerText()).toMatch(/增加 \d+ 字/);
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('与上年文稿比较 shows this year’s changes against last year’s notice; a reload comes back to this draft', async () => {
    await page.locator('.versions-previous').getByRole('button', { name: '与上年文稿比较' }).click();
    const dialog = page.getByRole('dialog', { name: /^与上年文稿比较：/ });
    await dialog.waitFor();
    expect((await dialog.locator('ins').allInnerTexts()).join('')).toContain('整改台账动态更新不及时');
    expect(await dialog.getByLabel('差异统计').innerText()).toMatch(/改动 [1-9]\d* 段/);
    await shot('versions-previous-year');
    await dialog.getByRole('button', { name: '关闭' }).click();
    const id = await page.locator('.draft-row.selected').getAttribute('data-draft');
    await page.reload();
    await page.locator('.q-editable').waitFor();
    expect(await page.locator('.draft-row.selected').getAttribute('data-draft')).toBe(id);
    await shot('reloaded-on-draft');
  });

  it('exports Word and PDF; both render as a proper 公文', async () => {
    const docx = await download('Word');
    writeFileSync(join(out, 'notice.docx'), docx);
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(NEW_PROBLEM.replace(/。$/, ''));
    expect(text).toContain('逐项督办，限期办结');
    expect(text).toContain('需要进一步整改的事项及措施');
    expect(text).toContain('2026年2月10日');
    // What the editor does not show is not printed: no bare 整改情况： under the follow-ups generated in 三.
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gsu)].map((m) => m[0].replace(/<[^>]+>/g, ''));
    expect(paragraphs.filter((p) => p.trim() === '整改情况：')).toEqual([]);
    await shot('export-word-done');
    const pdf = await download('PDF');
    writeFileSync(join(out, 'notice.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, 'notice.pdf')]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', join(out, 'notice.pdf'), `${SHOTS}/walkthrough-pdf`]);
    // The DOCX as LibreOffice lays it out (what Word/WPS will show, near enough).
    const home = mkdtempSync(join(tmpdir(), 'qicao-soffice-'));
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    if (existsSync('build/fontconfig/fonts.conf')) env.FONTCONFIG_FILE = resolve('build/fontconfig/fonts.conf');
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', home, join(out, 'notice.docx')], { env, timeout: 90_000 });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', join(home, 'notice.pdf'), `${SHOTS}/walkthrough-docx`]);
    const docxPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(home, 'notice.pdf')]).toString())![1]);
    expect(docxPages).toBeGreaterThanOrEqual(2);
    expect(readdirSync(SHOTS).filter((f) => /^walkthrough-(pdf|docx)-\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(4);
  }, 180_000);

  it('1280×720 and 200% zoom: nothing overflows, the toolbar stays usable', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('tab', { name: '台账' }).click();
    await shot('small-window');
    const bar = page.getByRole('toolbar', { name: '编辑工具栏' });
    const box = await bar.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    // No horizontal scroll bar on the page itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.getByLabel('缩放').selectOption('2');
    await rect().locator('.q-problem').first().scrollIntoViewIfNeeded();
    await shot('zoom-200');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.getByLabel('缩放').selectOption('1');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('made no request outside the local host', () => {
    const foreign = requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });
});
