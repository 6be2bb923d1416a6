// Import a published notice and export it: the clerk picks the putian notice file, reads the report (3 个方面、
// 38 个具体问题) before opening it, exports Word and PDF (warned about proofreading errors, not blocked), and pastes
// notice text into the editor, which arrives as problems and measures rather than plain text.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { NOTICES_DIR, describeShared } from '../support/shared';
import { SHOTS, type Session, confirmExport, foreignRequests, newFromTemplate, pasteText, startSession } from './app-helpers';

const FIXTURE = join(NOTICES_DIR, 'putian-sfj-2025-notice.txt');
const PUTIAN_TITLE = '中共莆田市司法局党组关于巡察整改进展情况的通报';

const NOTICE_PASTE = [
  '（一）关于加强党的政治建设方面',
  '1.学习贯彻党的创新理论不够深入。',
  '整改情况：一是制定年度理论学习计划，已完成整改。二是开展专题研讨3次，已完成整改。',
  '2.落实意识形态工作责任制不到位。',
  '整改情况：修订意识形态工作责任制实施办法。已基本完成整改。',
].join('\n');

async function readDownload(d: { path(): Promise<string | null> }): Promise<Buffer> {
  const p = await d.path();
  if (!p) throw new Error('download has no path');
  return readFileSync(p);
}

describeShared('import and export (Chromium, browser host)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports a notice file and shows the report before the clerk opens it', async () => {
    const { page } = s;
    await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入已发布的通报' });
    await dialog.getByLabel('选择要导入的文件').setInputFiles(FIXTURE);
    const report = page.getByRole('dialog', { name: '导入结果' });
    await report.waitFor();
    const counts = await report.getByLabel('导入统计').innerText();
    expect(counts).toContain('3 个方面、38 个具体问题');
    expect(counts).toMatch(/状态：/);
    await page.screenshot({ path: `${SHOTS}/import-report.png` });
    // It is already in the library (a reject deletes it), and opening shows the structure.
    await report.getByRole('button', { name: '打开文稿' }).click();
    await page.locator('.q-editable').waitFor();
    expect(await page.locator('textarea.doc-title').inputValue()).toBe(PUTIAN_TITLE);
    await expect.poll(() => page.locator('.q-editable .q-problem').count()).toBeGreaterThanOrEqual(38);
    expect(await page.locator('.draft-list li', { hasText: PUTIAN_TITLE }).count()).toBe(1);
  });

  it('exports Word as a download: a GB/T 9704 DOCX with the title and the document grid', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '导出 ▾' }).click();
    await page.getByRole('menuitem', { name: /导出 Word/ }).click();
    const dialog = page.getByRole('dialog', { name: '导出 Word' });
    await dialog.waitFor();
    await dialog.getByLabel('内部版（版头、版记）').check();
    await page.screenshot({ path: `${SHOTS}/export-dialog.png` });
    // An imported notice may still have proofreading errors: the clerk is warned and may go on.
    const d = await confirmExport(page, dialog);
    expect(d.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await readDownload(d));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:docGrid');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('关于巡察整改进展情况的通报');
    await page.getByRole('alert').filter({ hasText: `已下载：${d.suggestedFilename()}` }).waitFor();
    // The choice is remembered for this draft.
    await page.getByRole('button', { name: '导出 ▾' }).click();
    await page.getByRole('menuitem', { name: /导出 Word/ }).click();
    expect(await page.getByRole('dialog', { name: '导出 Word' }).getByLabel('内部版（版头、版记）').isChecked()).toBe(true);
    await page.getByRole('dialog', { name: '导出 Word' }).getByRole('button', { name: '取消' }).click();
  });

  it('warns before exporting a draft with proofreading errors, then exports PDF on Ctrl+P', async () => {
    const { page } = s;
    await newFromTemplate(page);
    // The template's empty headings and fields are errors (校对); the clerk is warned, not blocked.
    await page.locator('.q-editable').click();
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const warning = dialog.getByRole('alert');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/^校对发现 \d+ 个错误，仍要导出吗？$/);
    await page.screenshot({ path: `${SHOTS}/export-warning.png` });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '仍要导出' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readDownload(d)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('pastes notice text into the editor as problems and measures through the import parser', async () => {
    const { page } = s;
    const rect = page.locator('.q-section[data-role="rectification"]');
    const problemsBefore = await rect.locator('.q-problem').count();
    // The caret in the 整改情况 section's lead paragraph, as a clerk would click there.
    await rect.locator('> .q-heading').click();
    await page.keyboard.press('End');
    await pasteText(page, NOTICE_PASTE);
    const pasted = rect.locator('.q-section', { hasText: '关于加强党的政治建设方面' });
    await pasted.waitFor();
    expect(await pasted.getAttribute('data-role')).toBe('aspect');
    const problems = pasted.locator('.q-problem');
    expect(await problems.count()).toBe(2);
    expect(await problems.nth(0).locator('.q-problem-title').innerText()).toBe('学习贯彻党的创新理论不够深入。');
    expect(await problems.nth(0).locator('.q-measure').count()).toBe(2);
    expect(await problems.nth(0).locator('.q-measure').nth(1).innerText()).toContain('开展专题研讨3次');
    expect(await rect.locator('.q-problem').count()).toBe(problemsBefore + 2);
    // Ordinals are computed, not pasted text.
    expect(await page.locator('.q-editable').innerText()).not.toContain('1.学习贯彻');
    await page.getByRole('alert').filter({ hasText: '已按通报结构粘贴：1 个方面、2 个具体问题' }).waitFor();
  });

  it('made no request outside the local host', () => {
    expect(foreignRequests(s)).toEqual([]);
  });
});
