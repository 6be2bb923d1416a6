// Two tabs on one draft (issue 15 item 1): both edit, the second save is refused as stale, and that tab shows the
// other edit with 重新载入对方的修改 / 保留我的为一个版本. Keeping mine stores it as a version, then loads theirs:
// nothing is lost, nothing is silently overwritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS, type Session, callApi, newFromTemplate, startSession } from './app-helpers';
import { caretAtEnd, editorText, waitSaved } from './editor-helpers';

const A_TEXT = '召开专题会议三次';
const B_TEXT = '修订完善制度五项';

describe('two tabs on the same draft (Chromium, browser host)', () => {
  let s: Session;
  let b: Page;

  beforeAll(async () => {
    s = await startSession();
    await newFromTemplate(s.page);
    await waitSaved(s.page);
    b = await s.page.context().newPage();
    await b.goto(s.app.url);
    await b.locator('.draft-list li button').first().click();
    await b.locator('.q-editable').waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  const planParagraph = (p: Page) => p.locator('.q-section[data-role="plan"] > p').first();

  it('refuses the stale save and shows the other edit with the two choices', async () => {
    await caretAtEnd(s.page, planParagraph(s.page));
    await s.page.keyboard.type(A_TEXT);
    await waitSaved(s.page);

    await caretAtEnd(b, planParagraph(b));
    await b.keyboard.type(B_TEXT);
    const dialog = b.getByRole('dialog', { name: '这篇文稿已在别处修改' });
    await dialog.waitFor({ timeout: 15_000 });
    await expect.poll(() => dialog.locator('.conflict-diff').innerText()).toContain(A_TEXT);
    expect((await dialog.locator('.conflict-diff ins').allInnerTexts()).join('')).toContain('专题会议');
    expect(await dialog.getByRole('button', { name: '重新载入对方的修改' }).isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: '保留我的为一个版本' }).isVisible()).toBe(true);
    expect(await b.getByRole('status', { name: '保存状态' }).innerText()).toContain('冲突');
    await b.screenshot({ path: `${SHOTS}/save-conflict.png` });

    // The stored draft is still the first tab's.
    const [item] = await callApi<{ id: string }[]>(s.page, 'drafts.list', {});
    const stored = JSON.stringify(await callApi(s.page, 'drafts.get', { id: item!.id }));
    expect(stored).toContain(A_TEXT);
    expect(stored).not.toContain(B_TEXT);
  });

  it('keeps mine as a version, then loads theirs', async () => {
    const dialog = b.getByRole('dialog', { name: '这篇文稿已在别处修改' });
    await dialog.getByRole('button', { name: '保留我的为一个版本' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editorText(b)).toContain(A_TEXT);
    expect(await editorText(b)).not.toContain(B_TEXT);

    const [item] = await callApi<{ id: string }[]>(b, 'drafts.list', {});
    const versions = await callApi<{ id: number; label: string | null }[]>(b, 'versions.list', { draftId: item!.id });
    const kept = versions.find((v) => v.label === '我的修改（冲突时保留）');
    expect(kept).toBeDefined();
    expect(JSON.stringify(await callApi(b, 'versions.get', { versionId: kept!.id }))).toContain(B_TEXT);

    // Editing on from the reloaded state saves normally in this tab.
    await caretAtEnd(b, planParagraph(b));
    await b.keyboard.type('继续');
    await waitSaved(b);
  });
});
