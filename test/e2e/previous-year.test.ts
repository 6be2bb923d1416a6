// A clerk's second year: last year's notice and this year's (started from it) share a title, so the library shows
// the year beside each; 版本 → 与上年文稿比较 shows what was rewritten; the 状态 filter holds while searching.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, type Session, foreignRequests, startSession } from './app-helpers';
import { caretAtEnd, seedDraft, waitSaved } from './editor-helpers';
import { smallRectification } from '../support/library-drafts';

const TITLE = '中共某某县司法局党组关于巡察整改进展情况的通报';
const ADDED = '今年新增专题培训3次';

describe('last year and this year (Chromium, browser host)', () => {
  let s: Session;
  const list = () => s.page.getByRole('navigation', { name: '文稿库' });
  const rows = () => list().locator('li.draft-row', { hasText: TITLE });

  beforeAll(async () => {
    s = await startSession();
    const last = smallRectification();
    last.fields.title = TITLE;
    await seedDraft(s.page, last);
    await s.page.reload();
    await rows().first().waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts this year’s draft from last year’s; the library tells the two same-titled rows apart by year', async () => {
    const { page } = s;
    await rows().first().getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '以此为基础新建下一年度' }).click();
    await page.getByRole('dialog', { name: '已新建下一年度文稿' }).getByRole('button', { name: '打开新文稿' }).click();
    await page.locator('.q-editable').waitFor();
    await expect.poll(() => rows().count()).toBe(2);
    const titles = await rows().locator('.title').allInnerTexts();
    expect(titles.map((t) => t.replace(/\s+/g, '')).sort()).toEqual([`2024年${TITLE}`, `2025年${TITLE}`]);
    await list().screenshot({ path: `${SHOTS}/library-years.png` });
  });

  it('版本 → 与上年文稿比较: this year’s rewrite is marked against last year’s text', async () => {
    const { page } = s;
    const stats = page.locator('.q-editable p', { hasText: '培训干部260余人次' });
    await caretAtEnd(page, stats);
    await page.keyboard.type(ADDED);
    await waitSaved(page);
    await page.getByRole('tab', { name: '版本' }).click();
    const previous = page.locator('.versions-previous');
    expect(await previous.innerText()).toContain(`以上年文稿“${TITLE}”为基础新建`);
    await previous.getByRole('button', { name: '与上年文稿比较' }).click();
    const dialog = page.getByRole('dialog', { name: `与上年文稿比较：2024年 ${TITLE}` });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('ins').allInnerTexts()).toContain(ADDED);
    expect(await dialog.getByLabel('差异统计').innerText()).toMatch(/改动 [1-9]\d* 段/);
    // Only the changes by default; the whole text on request.
    const onlyChanged = await dialog.locator('.diff-para').count();
    await dialog.getByLabel('只看改动').uncheck();
    expect(await dialog.locator('.diff-para').count()).toBeGreaterThan(onlyChanged);
    expect(await dialog.getByRole('button', { name: '恢复此版本' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/versions-previous-year.png` });
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('a draft not started from last year’s offers no such comparison', async () => {
    const { page } = s;
    await rows().filter({ hasText: '2024年' }).locator('.draft-open').click();
    await page.getByRole('tab', { name: '版本' }).click();
    await page.getByRole('list', { name: '版本列表' }).waitFor();
    expect(await page.locator('.versions-previous').count()).toBe(0);
  });

  it('the 状态 filter still applies once a search term is typed', async () => {
    const { page } = s;
    await rows().filter({ hasText: '2024年' }).getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitemradio', { name: '定稿' }).click();
    await list().getByLabel('搜索文稿').fill('专题会议');
    await expect.poll(() => rows().count()).toBe(2);
    await list().getByLabel('状态').selectOption('定稿');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().locator('.title-year').innerText()).toBe('2024年');
    await list().getByLabel('状态').selectOption('草稿');
    await expect.poll(() => rows().locator('.title-year').allInnerTexts()).toEqual(['2025年']);
  });

  it('made no request outside the local host', () => {
    expect(foreignRequests(s)).toEqual([]);
  });
});
