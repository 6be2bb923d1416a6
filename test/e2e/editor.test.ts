// The structured editor end to end in Chromium through the browser host: a clerk drafts a notice from the template,
// fills fields, builds the ledger, types through an IME, undoes, pastes from Word, reloads and finds it all again.
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';
import { putianSizeDraft } from '../support/synthetic-draft';
import { caretAtEnd, editorText, openDraftByTitle, seedDraft, waitSaved } from './editor-helpers';

const SHOTS = 'test/.artifacts/screenshots';
// The README's screenshots are refreshed only on request (UPDATE_DOCS_SCREENSHOTS=1), so a test run leaves the tree clean.
const DOCS = 'docs/screenshots';
const UPDATE_DOCS = process.env.UPDATE_DOCS_SCREENSHOTS === '1';

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; font-family:仿宋_GB2312;} --></style>
<script>window.__pwned = true;</script></head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment-->
<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'>（一）持续深化理论武装。<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal onclick="window.__pwned = true" style='text-indent:32.0pt'><span style='font-size:16.0pt'>坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，
常态化开展专题学习。<img src="http://example.com/track.png" onerror="window.__pwned = true"></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt'>（二）健全长效机制。</span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt'>把整改中形成的好做法固化为制度。<a href="javascript:alert(1)">详见附件</a></span></p>
<!--EndFragment--></body></html>`;

async function paste(page: Page, html: string, text: string): Promise<void> {
  await page.evaluate(([h, t]) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h!);
    dt.setData('text/plain', t!);
    const target = document.activeElement ?? document.querySelector('.q-editable')!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [html, text]);
}

describe('structured editor (Chromium, browser host)', () => {
  let app: ServedApp;
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await serveApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => void d.accept());
    cdp = await page.context().newCDPSession(page);
    await page.goto(app.url);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('creates a notice from the template and shows computed numbering', async () => {
    await page.getByRole('button', { name: '新建文稿' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /巡察整改进展情况通报/ }).click();
    await page.locator('.q-editable').waitFor();
    expect(await page.locator('.q-section[data-role="organisation"] > .q-heading').getAttribute('data-ordinal')).toBe('一、');
    expect(await page.locator('.q-section[data-role="plan"] > .q-heading').getAttribute('data-ordinal')).toBe('四、');
    // The ordinal is not text: the caret and the IME can never land in it.
    expect(await editorText(page)).not.toContain('一、提高政治站位');
    expect(await editorText(page)).toContain('提高政治站位，坚决扛起巡察整改政治责任');
  });

  it('fills fields once in the side panel and every occurrence follows; missing ones are flagged', async () => {
    const missingBefore = await page.locator('.q-field[data-missing]').count();
    expect(missingBefore).toBeGreaterThan(0);
    await page.getByLabel('巡察组').fill('市委第三巡察组');
    await page.getByLabel('单位简称').first().fill('市司法局');
    await page.getByLabel('巡察开始日期').fill('2024-04-08');
    await page.getByLabel('巡察结束日期').fill('2024-06-14');
    await page.getByLabel('反馈日期').fill('2024-08-26');
    await page.getByLabel('发文机关署名').fill('中共莆田市司法局党组');
    await expect.poll(() => editorText(page)).toContain('2024年4月8日至2024年6月14日，市委第三巡察组对市司法局开展巡察，并于2024年8月26日反馈了巡察意见');
    expect(await page.locator('.q-field[data-missing]').count()).toBeLessThan(missingBefore);
    expect(await page.locator('.doc-signer').innerText()).toBe('中共莆田市司法局党组');
  });

  it('builds an aspect with two problems and three measures from the keyboard, numbered live', async () => {
    await page.locator('.q-section[data-role="aspect"] > .q-heading').first().click();
    await page.keyboard.type('聚焦落实全面从严治党主体责任方面');
    await page.keyboard.press('Enter'); // to the template's empty problem
    await page.keyboard.type('理论学习中心组学习不够深入的问题。');
    await page.keyboard.press('Enter'); // to its empty measure
    await page.keyboard.type('修订理论学习中心组学习制度。');
    await page.keyboard.press('Enter'); // a second measure
    await page.keyboard.type('开展专题学习研讨4次。');
    await page.keyboard.press('Control+Enter'); // a new problem
    await page.keyboard.type('“三重一大”集体决策执行不严的问题。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('重大事项一律提交党组会议研究。');
    const aspect = page.locator('.q-section[data-role="aspect"]').first();
    expect(await aspect.locator('.q-problem').count()).toBe(2);
    expect(await aspect.locator('.q-measure').count()).toBe(3);
    const titles = aspect.locator('.q-problem-title');
    expect(await aspect.locator('> .q-heading').getAttribute('data-ordinal')).toBe('（一）');
    expect(await titles.nth(0).getAttribute('data-ordinal')).toBe('1.');
    expect(await titles.nth(1).getAttribute('data-ordinal')).toBe('2.');
    expect(await aspect.locator('.q-measure').nth(0).getAttribute('data-ordinal')).toBe('整改情况：一是');
    expect(await aspect.locator('.q-measure').nth(1).getAttribute('data-ordinal')).toBe('二是');
    // A second aspect from the toolbar: numbering continues (二) and 3. (continuous within 整改情况).
    await page.getByRole('button', { name: '新增方面' }).click();
    await page.keyboard.type('聚焦落实新时代党的组织路线方面');
    await page.keyboard.press('Enter');
    await page.keyboard.type('基层党组织建设存在薄弱环节的问题。');
    const second = page.locator('.q-section[data-role="aspect"]').nth(1);
    expect(await second.locator('> .q-heading').getAttribute('data-ordinal')).toBe('（二）');
    expect(await second.locator('.q-problem-title').getAttribute('data-ordinal')).toBe('3.');
  });

  it('sets statuses in the ledger; the text, counts and 完成率 update', async () => {
    await page.getByRole('tab', { name: '台账' }).click();
    const rows = page.locator('table.ledger tr[data-problem]');
    await expect.poll(() => rows.count()).toBe(3);
    await rows.nth(0).getByLabel('整改状态').selectOption('done');
    await rows.nth(1).getByLabel('整改状态').selectOption('mostly-done');
    await rows.nth(2).getByLabel('整改状态').selectOption('done');
    await rows.nth(0).getByLabel('责任单位').fill('办公室');
    await rows.nth(0).getByLabel('完成时限').fill('2024年12月底前');
    const first = page.locator('.q-section[data-role="aspect"]').first().locator('.q-measure').first();
    await expect.poll(() => first.getAttribute('data-ordinal')).toBe('整改情况：已完成整改。一是');
    await expect.poll(() => page.getByLabel('台账统计').innerText()).toContain('2 个方面 · 3 个问题 · 4 项措施');
    await expect.poll(() => page.getByLabel('台账统计').innerText()).toContain('完成率 67%');
    await expect.poll(() => page.locator('.status-bar').innerText()).toContain('问题 3（已完成 2 · 基本完成 1） · 完成率 67%');
    await page.getByLabel('按状态筛选').selectOption('mostly-done');
    expect(await rows.count()).toBe(1);
    await page.getByLabel('按状态筛选').selectOption('all');
    // Click in the ledger jumps to the problem in the text.
    await rows.nth(1).getByRole('button').click();
    // The selection is applied when the editor commits (a microtask, then focus): under load, after the click returns.
    await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('.q-problem-title')?.textContent))
      .toBe('“三重一大”集体决策执行不严的问题。');
  });

  it('types Chinese through IME composition without lost or doubled characters, and undoes it in one step', async () => {
    const measure = '.q-section[data-role="aspect"] .q-problem:nth-of-type(2) .q-measure';
    await caretAtEnd(page, measure);
    await page.waitForTimeout(400); // a separate undo step from earlier typing
    await cdp.send('Input.imeSetComposition', { text: 'xun', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: '巡察', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '巡察整改' });
    await expect.poll(() => page.locator(measure).innerText()).toBe('重大事项一律提交党组会议研究。巡察整改');
    // Composition in a heading too.
    await caretAtEnd(page, page.locator('.q-section[data-role="aspect"]').nth(1).locator('> .q-heading'));
    await page.waitForTimeout(400);
    await cdp.send('Input.imeSetComposition', { text: '工作', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '工作' });
    await expect.poll(() => page.locator('.q-section[data-role="aspect"]').nth(1).locator('> .q-heading').innerText()).toBe('聚焦落实新时代党的组织路线方面工作');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.q-section[data-role="aspect"]').nth(1).locator('> .q-heading').innerText()).toBe('聚焦落实新时代党的组织路线方面');
    await caretAtEnd(page, measure);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(measure).innerText()).toBe('重大事项一律提交党组会议研究。');
  });

  it('pastes from Word: text and paragraphs kept, styles, scripts, handlers and remote images dropped, ordinals become structure', async () => {
    const plan = page.locator('.q-section[data-role="plan"]');
    await caretAtEnd(page, plan.locator('> p.q-p').first());
    await paste(page, WORD_HTML, '（一）持续深化理论武装。\n坚持把学习贯彻……');
    await expect.poll(() => plan.innerText()).toContain('坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，常态化开展专题学习。');
    const pasted = plan.locator('.q-section', { hasText: '持续深化理论武装。' });
    expect(await pasted.locator('> .q-heading').innerText()).toBe('持续深化理论武装。');
    expect(await pasted.locator('> .q-heading').getAttribute('data-ordinal')).toMatch(/^（[一二三四五六七]）$/);
    const html = await page.locator('.q-editable').innerHTML();
    expect(html).not.toMatch(/<script|<img|onclick|onerror|mso-|javascript:|font-family/i);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await plan.innerText()).toContain('把整改中形成的好做法固化为制度。详见附件');
  });

  it('refuses a 20 MB paste with a clear message and keeps the document', async () => {
    const before = await editorText(page);
    const huge = `<p>${'巡察整改'.repeat(2_600_000)}</p>`;
    const t0 = Date.now();
    await page.evaluate((n) => {
      const dt = new DataTransfer();
      const big = '巡察整改'.repeat(n);
      dt.setData('text/html', `<p>${big}</p>`);
      dt.setData('text/plain', big);
      document.querySelector('.q-editable')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, huge.length / 4);
    await page.getByRole('alert').filter({ hasText: '粘贴的内容过大' }).waitFor();
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await editorText(page)).toBe(before);
  });

  it('shows a failed save in Chinese, keeps the edit and retries until it is saved', async () => {
    await page.route('**/api/drafts.save', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'disk-full', message: '磁盘空间不足，无法写入文稿。' } }) }));
    await caretAtEnd(page, page.locator('.q-section[data-role="aspect"]').nth(1).locator('.q-problem-title'));
    await page.keyboard.type('（待核实）');
    const status = page.getByRole('status', { name: '保存状态' });
    await status.filter({ hasText: '保存失败：磁盘空间不足，无法写入文稿。' }).waitFor({ timeout: 5_000 });
    await page.unroute('**/api/drafts.save');
    await waitSaved(page);
  });

  it('saves within a second, survives a reload, and finds everything as it was left', async () => {
    await page.keyboard.press('Control+s');
    await waitSaved(page);
    const before = await editorText(page);
    await page.reload();
    await page.locator('.draft-list li button').first().click();
    await page.locator('.q-editable').waitFor();
    await expect.poll(() => editorText(page)).toBe(before);
    expect(before).toContain('聚焦落实全面从严治党主体责任方面');
    expect(before).not.toContain('巡察整改\n');
    expect(before).toContain('市委第三巡察组');
    expect(before).toContain('基层党组织建设存在薄弱环节的问题。（待核实）');
    await page.getByRole('tab', { name: '台账' }).click();
    expect(await page.getByLabel('台账统计').innerText()).toContain('完成率 67%');
    expect(await page.locator('table.ledger tr[data-problem]').nth(0).getByLabel('责任单位').inputValue()).toBe('办公室');
  });

  it('shows a putian-size notice in page view and writing view (screenshots)', async () => {
    const draft = putianSizeDraft();
    await seedDraft(page, draft);
    await openDraftByTitle(page, draft.fields.title!);
    await page.locator('.q-problem').nth(37).waitFor();
    await page.screenshot({ path: `${SHOTS}/editor-page-view.png` });
    await page.getByRole('tab', { name: '台账' }).click();
    await page.locator('.q-problem-title').nth(3).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/editor-ledger.png` });
    await page.getByRole('radio', { name: '写作视图' }).click();
    await page.getByRole('tab', { name: '大纲' }).click();
    await page.screenshot({ path: `${SHOTS}/editor-writing-view.png` });
    if (UPDATE_DOCS) {
      mkdirSync(DOCS, { recursive: true });
      for (const f of ['editor-page-view', 'editor-ledger', 'editor-writing-view']) copyFileSync(`${SHOTS}/${f}.png`, `${DOCS}/${f}.png`);
    }
  });

  it('made no request outside the local host', () => {
    const foreign = requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });
});
