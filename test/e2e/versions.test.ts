// 版本: mark a milestone (讨论稿), edit, compare that version with the current text (inserted characters marked),
// view it read-only, and restore it (the editor reloads with the old text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caretAtEnd, editorText, waitSaved } from './editor-helpers';
import { SHOTS, type Session, foreignRequests, newFromTemplate, startSession } from './app-helpers';

const ADDED = '另行组织专题培训两次';

describe('versions panel (Chromium, browser host)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await startSession();
    s.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await s?.close();
  });

  it('marks the current draft as 讨论稿 and lists it with its kind and character count', async () => {
    const { page } = s;
    await newFromTemplate(page);
    await caretAtEnd(page, page.locator('.q-section[data-role="plan"] > p').first());
    await page.keyboard.type('巩固深化整改成果。');
    await waitSaved(page);
    await page.getByRole('tab', { name: '版本' }).click();
    await page.locator('.versions-head').getByRole('button', { name: '讨论稿' }).click();
    const row = page.getByRole('list', { name: '版本列表' }).locator('li', { hasText: '讨论稿' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/里程碑[\s\S]*讨论稿[\s\S]*\d+ 字/);
  });

  it('compares the milestone with the current text after an edit: the inserted characters are marked', async () => {
    const { page } = s;
    await caretAtEnd(page, page.locator('.q-section[data-role="plan"] > p').first());
    await page.keyboard.type(ADDED);
    const row = page.getByRole('list', { name: '版本列表' }).locator('li', { hasText: '讨论稿' });
    await row.getByRole('button', { name: '与当前比较' }).click();
    const dialog = page.getByRole('dialog', { name: /与当前文稿比较/ });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('ins').allInnerTexts()).toContain(ADDED);
    expect(await dialog.getByLabel('差异统计').innerText()).toContain(`增加 ${ADDED.length} 字`);
    await page.screenshot({ path: `${SHOTS}/versions-diff.png` });
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('shows a version read-only', async () => {
    const { page } = s;
    const row = page.getByRole('list', { name: '版本列表' }).locator('li', { hasText: '讨论稿' });
    await row.getByRole('button', { name: '查看' }).click();
    const dialog = page.getByRole('dialog', { name: /查看版本/ });
    const text = await dialog.getByLabel('版本内容').innerText();
    expect(text).toContain('巩固深化整改成果。');
    expect(text).not.toContain(ADDED);
    expect(await dialog.locator('[contenteditable="true"], textarea, input[type="text"]').count()).toBe(0);
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('restores the milestone after confirming; the editor reloads with its text', async () => {
    const { page } = s;
    expect(await editorText(page)).toContain(ADDED);
    const row = page.getByRole('list', { name: '版本列表' }).locator('li', { hasText: '讨论稿' });
    await row.getByRole('button', { name: '恢复此版本' }).click();
    const confirm = page.getByRole('dialog', { name: '恢复此版本' });
    expect(await confirm.innerText()).toContain('现在的内容会先另存为一个版本');
    await confirm.getByRole('button', { name: '恢复', exact: true }).click();
    await expect.poll(() => editorText(page)).not.toContain(ADDED);
    expect(await editorText(page)).toContain('巩固深化整改成果。');
    await page.getByRole('alert').filter({ hasText: '已恢复所选版本' }).waitFor();
    // The state before the restore was kept as a version of its own.
    await page.getByRole('tab', { name: '版本' }).click();
    await expect.poll(() => page.getByRole('list', { name: '版本列表' }).locator('li', { hasText: '恢复' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/versions-panel.png` });
  });

  it('Ctrl+S saves and opens the version list', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '字段' }).click();
    await caretAtEnd(page, page.locator('.q-section[data-role="plan"] > p').first());
    await page.keyboard.press('Control+s');
    await page.getByRole('list', { name: '版本列表' }).waitFor();
    await waitSaved(page);
  });

  it('made no request outside the local host', () => {
    expect(foreignRequests(s)).toEqual([]);
  });
});
