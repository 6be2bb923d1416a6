// Crafted draft files opened through the UI (issue 18): each refused one leaves a Chinese sentence in the import
// dialog, the app on screen (never a blank page) and the library unchanged; accepted ones open in the editor.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, type Session, callApi, startSession } from './app-helpers';
import { craftedDrafts, isClerkMessage } from '../support/crafted-drafts';

const corpus = craftedDrafts(join(__dirname, '../unit/library/fixtures/draft-schema0.qicao.json'));
const SAMPLE = new Set(['top-fields-1', 'top-body-1', 'top-profile-0', 'block-problem-status-1', 'block-section-children-1', 'block-enumeration-items-1', 'inline-0']);
const picked = corpus.filter((c) => SAMPLE.has(c.name) || !/^(top|block|inline)-/.test(c.name));

describe('crafted draft files through the UI (Chromium, browser host)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  const importFile = async (name: string, text: string) => {
    const { page } = s;
    await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入已发布的通报' });
    await dialog.waitFor();
    await dialog.getByLabel('选择要导入的文件').setInputFiles({ name: `${name}.qicao.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
    return dialog;
  };

  it('refuses each with one Chinese sentence; the app stays on screen and the library unchanged', async () => {
    const { page } = s;
    const wrong: string[] = [];
    for (const c of picked.filter((x) => !x.accept)) {
      const before = (await callApi<unknown[]>(page, 'drafts.list', { scope: 'all' })).length;
      const dialog = await importFile(c.name, c.text);
      const alert = dialog.getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      const message = await alert.innerText();
      if (!isClerkMessage(message)) wrong.push(`${c.name}: ${message}`);
      await dialog.getByRole('button', { name: '取消' }).click();
      if (!(await page.getByRole('navigation', { name: '文稿库' }).isVisible())) wrong.push(`${c.name}: blank page`);
      if ((await callApi<unknown[]>(page, 'drafts.list', { scope: 'all' })).length !== before) wrong.push(`${c.name}: library changed`);
    }
    expect(wrong).toEqual([]);
    expect(picked.filter((x) => !x.accept).length).toBeGreaterThan(30);
  }, 600_000);

  it('opens the accepted ones in the editor', async () => {
    const { page } = s;
    for (const c of picked.filter((x) => x.accept)) {
      await importFile(c.name, c.text);
      const result = page.getByRole('dialog', { name: '导入结果' });
      await result.waitFor();
      await result.getByRole('button', { name: '打开文稿' }).click();
      await page.locator('.q-editable').waitFor();
      expect(await page.locator('.q-editable').innerText()).not.toBe('');
    }
    await page.screenshot({ path: `${SHOTS}/crafted-accepted-open.png` });
  }, 300_000);
});
