// 校对 in the side panel: findings follow the clerk's typing, 修正 applies the offered fix in the text, 忽略 is
// remembered for the draft across a reload, and the ignored ones can be shown again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caretAtEnd, openDraftByTitle, waitSaved } from './editor-helpers';
import { SHOTS, type Session, foreignRequests, newFromTemplate, startSession } from './app-helpers';

const TITLE = '中共测试县司法局党组关于巡察整改进展情况的通报';

describe('checks panel (Chromium, browser host)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  const halfWidth = () => s.page.locator('.checks-panel .finding[data-rule="punct.half-width"]');

  it('lists a half-width comma the clerk typed, grouped by severity with counts', async () => {
    const { page } = s;
    await newFromTemplate(page);
    await page.locator('textarea.doc-title').fill(TITLE);
    await caretAtEnd(page, page.locator('.q-section[data-role="plan"] > p').first());
    await page.keyboard.type('经研究,决定加强学习。各科室要按时完成,不得拖延。');
    await page.getByRole('tab', { name: /校对/ }).click();
    await expect.poll(() => halfWidth().count(), { timeout: 10_000 }).toBe(2);
    const errors = page.getByRole('region', { name: '错误' });
    expect(await errors.locator('h3').innerText()).toMatch(/^错误（\d+）$/);
    expect(await page.getByLabel('校对统计').innerText()).toMatch(/错误 \d+.*警告 \d+.*提示 \d+/s);
    expect(await halfWidth().first().innerText()).toContain('经研究,决定');
    await page.screenshot({ path: `${SHOTS}/checks-panel.png` });
  });

  it('修正 replaces the comma in the text and the finding goes away', async () => {
    const { page } = s;
    const first = halfWidth().filter({ hasNotText: '不得拖延' });
    expect(await first.count()).toBe(1);
    await first.getByRole('button', { name: /^修正/ }).click();
    const plan = page.locator('.q-section[data-role="plan"]');
    await expect.poll(() => plan.innerText()).toContain('经研究，决定加强学习。');
    await expect.poll(() => halfWidth().filter({ hasText: '经研究,' }).count(), { timeout: 10_000 }).toBe(0);
    // The other one is still there: the fix touched only its own range.
    expect(await halfWidth().count()).toBe(1);
    expect(await plan.innerText()).toContain('按时完成,不得拖延');
  });

  it('忽略 hides a finding and remembers it for this draft after a reload', async () => {
    const { page } = s;
    await halfWidth().first().getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => halfWidth().count()).toBe(0);
    await page.getByText(/显示已忽略（1）/).waitFor();
    await waitSaved(page);
    await openDraftByTitle(page, TITLE);
    await page.getByRole('tab', { name: /校对/ }).click();
    const toggle = page.getByText(/显示已忽略（1）/);
    await toggle.waitFor({ timeout: 10_000 });
    expect(await halfWidth().count()).toBe(0);
    await toggle.click();
    const ignored = page.getByRole('region', { name: '已忽略' });
    await ignored.waitFor();
    expect(await ignored.locator('.finding[data-rule="punct.half-width"]').innerText()).toContain('按时完成,不得拖延');
  });

  it('clicking a finding selects exactly the text it is about', async () => {
    const { page } = s;
    // The ignored half-width comma in 下一步计划: the click selects that comma, in that paragraph, in the editor.
    await page.getByRole('region', { name: '已忽略' }).locator('.finding[data-rule="punct.half-width"] .finding-main').click();
    await expect.poll(() => page.evaluate(() => {
      const sel = window.getSelection();
      const p = sel?.anchorNode?.parentElement?.closest('p');
      return {
        focusIn: document.activeElement?.classList.contains('q-editable') ?? false,
        selected: sel?.toString() ?? '',
        paragraph: p?.textContent ?? '',
        section: p?.closest('.q-section')?.getAttribute('data-role') ?? '',
      };
    })).toEqual({ focusIn: true, selected: ',', paragraph: expect.stringContaining('按时完成,不得拖延'), section: 'plan' });
  });

  it('clicking a finding about an empty field focuses that field’s input', async () => {
    const { page } = s;
    const signer = page.locator('.finding[data-rule="structure.required-fields"]', { hasText: '“发文机关署名”尚未填写' });
    await signer.locator('.finding-main').click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-field-input'))).toBe('signer');
  });

  it('made no request outside the local host', () => {
    expect(foreignRequests(s)).toEqual([]);
  });
});
