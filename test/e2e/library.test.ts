// The library column and the library-wide dialogs: search (2- and 4-character Chinese, hits highlighted), filters,
// status, duplicate, 回收站, 以此为基础新建下一年度 (carried text marked 未更新 until edited), 单位信息 used by new
// drafts, 另存为本单位模板, 备份.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft, measure, paragraph, problem, section } from '../../core/common/model/build';
import type { Draft } from '../../core/common/model/types';
import { caretAtEnd, waitSaved } from './editor-helpers';
import { SHOTS, type Session, callApi, foreignRequests, newFromTemplate, startSession } from './app-helpers';

const NOTICE_TITLE = '中共某某县司法局党组关于2024年巡察整改进展情况的通报';
const SUMMARY_TITLE = '某某县司法局2024年上半年工作总结';

function seedNotice(): Draft {
  const d = emptyDraft('rectification', '2024-02-01T00:00:00.000Z');
  d.fields = { title: NOTICE_TITLE, signer: '中共某某县司法局党组', docDate: '2024-02-17', year: '2024', feedbackDate: '2023-07-04' };
  d.body = [
    paragraph('根据县委统一部署，县委第二巡察组对我局开展了巡察。', 'preamble'),
    section('rectification', '巡察反馈问题的整改情况', [
      section('aspect', '贯彻落实党中央决策部署方面', [
        problem('理论学习不够深入', [], { status: 'done', statusPhrase: '已完成整改' }),
        problem('普法责任制落实不到位', [], { status: 'mostly-done', statusPhrase: '已基本完成整改' }),
        problem('执法监督存在薄弱环节', [measure('修订执法监督办法。'), measure('开展案卷评查。'), measure('组织执法培训。')], { status: 'ongoing' }),
      ]),
    ]),
    paragraph('全年召开专题学习会议12次，培训干部260余人次，整改完成率达97.14%。'),
  ];
  return d;
}

function seedSummary(): Draft {
  const d = emptyDraft('work-summary', '2024-07-01T00:00:00.000Z');
  d.fields = { title: SUMMARY_TITLE, year: '2024' };
  d.body = [section('review', '上半年工作回顾', [paragraph('深入开展普法宣传进社区活动，群众满意度明显提升。')])];
  return d;
}

describe('library (Chromium, browser host)', () => {
  let s: Session;
  const list = () => s.page.getByRole('navigation', { name: '文稿库' });
  const row = (title: string) => list().locator('li.draft-row', { hasText: title });

  beforeAll(async () => {
    s = await startSession();
    await callApi(s.page, 'drafts.save', { draft: seedNotice() });
    await callApi(s.page, 'drafts.save', { draft: seedSummary() });
    await s.page.reload();
    await row(NOTICE_TITLE).waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('searches with a 2-character query and shows the hit highlighted in its snippet', async () => {
    await list().getByLabel('搜索文稿').fill('普法');
    await expect.poll(() => list().locator('li.draft-row .snippet').count()).toBe(2);
    const marks = await list().locator('.snippet mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '普法')).toBe(true);
    expect(await list().locator('.snippet').first().innerText()).not.toMatch(/[【】]/);
    await s.page.screenshot({ path: `${SHOTS}/library-search.png` });
  });

  it('searches with a 4-character query', async () => {
    await list().getByLabel('搜索文稿').fill('专题学习');
    await expect.poll(() => list().locator('li.draft-row .snippet mark').allInnerTexts()).toEqual(['专题学习']);
    expect(await list().locator('li.draft-row').count()).toBe(1);
    expect(await row(NOTICE_TITLE).locator('.snippet mark').first().innerText()).toBe('专题学习');
    await list().getByLabel('搜索文稿').fill('');
    await expect.poll(() => list().locator('li.draft-row').count()).toBe(2);
  });

  it('filters by type, sets a status from the row menu and filters by it', async () => {
    await list().getByLabel('类型').selectOption('work-summary');
    await expect.poll(() => list().locator('li.draft-row').count()).toBe(1);
    await list().getByLabel('类型').selectOption('');
    await row(SUMMARY_TITLE).getByRole('button', { name: /更多操作/ }).click();
    await s.page.getByRole('menuitemradio', { name: '送审' }).click();
    await expect.poll(() => row(SUMMARY_TITLE).locator('.meta').innerText()).toContain('送审');
    await list().getByLabel('状态').selectOption('送审');
    await expect.poll(() => list().locator('li.draft-row').count()).toBe(1);
    await list().getByLabel('状态').selectOption('');
    await list().getByLabel('排序').selectOption('title');
    await expect.poll(() => list().locator('li.draft-row').count()).toBe(2);
  });

  it('duplicates a draft, deletes the copy to 回收站 and restores it', async () => {
    const { page } = s;
    await row(SUMMARY_TITLE).getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '复制' }).click();
    await expect.poll(() => row(SUMMARY_TITLE).count()).toBe(2);
    await row(SUMMARY_TITLE).first().getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: /删除/ }).click();
    await page.getByRole('dialog', { name: '删除文稿' }).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => row(SUMMARY_TITLE).count()).toBe(1);
    await list().getByRole('button', { name: '回收站' }).click();
    await expect.poll(() => row(SUMMARY_TITLE).count()).toBe(1);
    await row(SUMMARY_TITLE).getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => list().getByText('回收站是空的。').isVisible()).toBe(true);
    await list().getByRole('button', { name: '返回文稿库' }).click();
    await expect.poll(() => row(SUMMARY_TITLE).count()).toBe(2);
  });

  it('以此为基础新建下一年度: reports the year, problems and figures to update, then opens the draft with carried text marked', async () => {
    const { page } = s;
    await row(NOTICE_TITLE).getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '以此为基础新建下一年度' }).click();
    const dialog = page.getByRole('dialog', { name: '已新建下一年度文稿' });
    await dialog.waitFor();
    expect(await dialog.locator('.carry-years').innerText()).toBe('年度 2024 → 2025');
    expect(await dialog.innerText()).toMatch(/\d+ 处统计数据待更新/);
    expect(await dialog.innerText()).toMatch(/保留 \d+ 个/);
    await page.screenshot({ path: `${SHOTS}/library-carry-forward.png` });
    await dialog.getByRole('button', { name: '打开新文稿' }).click();
    await page.locator('.q-editable').waitFor();
    const carried = page.locator('.q-editable [data-carried]');
    await expect.poll(() => carried.count()).toBeGreaterThan(2);
    // The figures in carried text are highlighted (CSS Highlight API) until rewritten.
    await expect.poll(() => page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('qicao-stale');
      return h?.size ?? 0;
    })).toBeGreaterThanOrEqual(3);
    const stats = page.locator('.q-editable p', { hasText: '培训干部260余人次' });
    expect(await stats.getAttribute('data-carried')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/editor-carried.png` });
    // Editing the paragraph clears its mark; the other carried blocks keep theirs.
    const before = await carried.count();
    await caretAtEnd(page, stats);
    await page.keyboard.type('今年新增培训');
    await expect.poll(() => stats.getAttribute('data-carried')).toBeNull();
    expect(await carried.count()).toBe(before - 1);
    await waitSaved(page);
    await page.reload();
    await list().locator('li.draft-row', { hasText: '2025' }).first().locator('.draft-open').click();
    await page.locator('.q-editable').waitFor();
    await expect.poll(() => page.locator('.q-editable [data-carried]').count()).toBe(before - 1);
    // One measure edited: only that measure loses its mark; its title and sibling measures keep theirs.
    const problemEl = page.locator('.q-problem', { hasText: '执法监督存在薄弱环节' });
    const measures = problemEl.locator('.q-measure');
    await expect.poll(() => measures.evaluateAll((els) => els.map((e) => e.getAttribute('data-carried')))).toEqual(['true', 'true', 'true']);
    await caretAtEnd(page, measures.nth(1));
    await page.keyboard.type('共评查案卷40卷。');
    await expect.poll(() => measures.evaluateAll((els) => els.map((e) => e.getAttribute('data-carried')))).toEqual(['true', null, 'true']);
    expect(await problemEl.locator('.q-problem-title').getAttribute('data-carried')).toBe('true');
  });

  it('saves the unit profile; a new draft uses it', async () => {
    const { page } = s;
    await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '单位信息' }).click();
    const dialog = page.getByRole('dialog', { name: '单位信息' });
    await dialog.getByLabel('单位全称').fill('莆田市司法局');
    await dialog.getByLabel('党组（党委）名称').fill('中共莆田市司法局党组');
    await dialog.getByLabel('单位简称').fill('市司法局');
    await dialog.getByLabel('联系电话').fill('0594-2222222');
    await dialog.getByLabel('邮政编码').fill('351100');
    await dialog.getByLabel('电子邮箱').fill('xcb@example.cn');
    expect(await dialog.getByText(/同时更新当前文稿/).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/profile-dialog.png` });
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status', { name: '提示' }).filter({ hasText: '单位信息已保存' }).waitFor();
    await newFromTemplate(page);
    await expect.poll(() => page.locator('.q-editable').innerText()).toContain('0594-2222222');
    expect(await page.locator('.fields-panel input[data-field-input="profile.fullName"]').inputValue()).toBe('莆田市司法局');
  });

  it('saves a draft as the unit template; 新建文稿 lists it under 本单位模板', async () => {
    const { page } = s;
    await row(NOTICE_TITLE).getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: /另存为本单位模板/ }).click();
    const dialog = page.getByRole('dialog', { name: '另存为本单位模板' });
    await dialog.getByLabel('模板名称').fill('本局整改通报');
    await dialog.getByRole('button', { name: '保存模板' }).click();
    await page.getByRole('status', { name: '提示' }).filter({ hasText: '本局整改通报' }).waitFor();
    await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '新建文稿' }).click();
    const picker = page.getByRole('dialog', { name: '新建文稿：选择模板' });
    await picker.getByRole('button', { name: /本局整改通报.*本单位/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/library-new-from-user-template.png` });
    await picker.getByRole('button', { name: '取消' }).click();
  });

  it('creates a draft from the unit template', async () => {
    const { page } = s;
    await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '新建文稿' }).click();
    await page.getByRole('dialog', { name: '新建文稿：选择模板' }).getByRole('button', { name: /本局整改通报/ }).click();
    await expect.poll(() => page.locator('.q-editable').innerText()).toContain('普法责任制落实不到位');
  });

  it('makes a backup now and lists it (备份)', async () => {
    const { page } = s;
    await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '备份' }).click();
    const dialog = page.getByRole('dialog', { name: '备份' });
    await dialog.getByRole('button', { name: '立即备份' }).click();
    await dialog.getByRole('status').filter({ hasText: '已备份' }).waitFor();
    await expect.poll(() => dialog.getByRole('list', { name: '备份列表' }).locator('li', { hasText: '手动' }).count()).toBeGreaterThan(0);
    await dialog.getByRole('list', { name: '备份列表' }).getByRole('button', { name: '恢复此备份' }).first().click();
    const confirm = page.getByRole('dialog', { name: '恢复备份' });
    expect(await confirm.innerText()).toContain('不会删除');
    await page.screenshot({ path: `${SHOTS}/backups-dialog.png` });
    await confirm.getByRole('button', { name: '取消' }).click();
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('made no request outside the local host', () => {
    expect(foreignRequests(s)).toEqual([]);
  });
});
