// Reload and hard close: a reload lands on the open draft, not the start screen; text typed just before the tab is
// closed (before the 600 ms autosave could store it) comes back on the next start, with a notice saying so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/common/model/types';
import { SHOTS, type Session, callApi, foreignRequests, newFromTemplate, startSession } from './app-helpers';
import { caretAtEnd, editorText, waitSaved } from './editor-helpers';

const SAVED = '巩固深化整改成果。';
const UNSAVED = '关闭前最后输入的文字';

describe('reload and hard close (Chromium, browser host)', () => {
  let s: Session;
  let page: Page;
  let draftId = '';
  const plan = () => page.locator('.q-section[data-role="plan"] > p').first();
  /** The draft as the host stores it, asked from outside any page. */
  const hostDraft = async (id: string): Promise<Draft> => {
    const token = /token=([\w-]+)/.exec(s.app.url)![1]!;
    const res = await fetch(`${s.app.origin}/api/drafts.get`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Qicao-Token': token }, body: JSON.stringify({ id }) });
    return ((await res.json()) as { result: Draft }).result;
  };

  beforeAll(async () => {
    s = await startSession();
    page = s.page;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a reload reopens the draft that was open', async () => {
    await newFromTemplate(page);
    await caretAtEnd(page, plan());
    await page.keyboard.type(SAVED);
    await waitSaved(page);
    draftId = (await page.locator('.draft-row.selected').getAttribute('data-draft'))!;
    expect(draftId).toBeTruthy();
    await page.reload();
    await page.locator('.q-editable').waitFor();
    expect(await editorText(page)).toContain(SAVED);
    expect(await page.locator('.draft-row.selected').getAttribute('data-draft')).toBe(draftId);
    expect(await page.locator('.welcome').count()).toBe(0);
  });

  it('text typed just before the tab’s process is killed is recovered on reopening, with a notice', async () => {
    await caretAtEnd(page, plan());
    await page.keyboard.type(UNSAVED);
    // The local copy is written in the next idle moment (≤ 50 ms); the tab's process is killed 150 ms after the last
    // key, well within the 600 ms autosave delay: no beforeunload, no pagehide, nothing runs after it.
    await page.waitForTimeout(150);
    const cdp = await page.context().newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await page.close({ runBeforeUnload: false });
    // The host never got it: what comes back below comes from the local copy.
    expect(JSON.stringify((await hostDraft(draftId)).body)).not.toContain(UNSAVED);

    // A new tab of the same app, as after restarting it: no memory of the old tab, only the local copy.
    page = await s.page.context().newPage();
    await page.goto(s.app.url);
    await page.locator('.q-editable').waitFor();
    expect(await editorText(page)).toContain(SAVED + UNSAVED);
    await page.getByRole('alert').filter({ hasText: '已恢复上次未正常关闭时未保存的文字' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/recovered-after-close.png` });
    // …and it is stored now, so the copy is not offered again.
    await waitSaved(page);
    await expect.poll(async () => JSON.stringify((await callApi<Draft>(page, 'drafts.get', { id: draftId })).body)).toContain(UNSAVED);
    expect(await page.locator('.draft-row.selected').getAttribute('data-draft')).toBe(draftId);
    await expect.poll(() => page.evaluate((id) => localStorage.getItem(`qicao.unsaved.${id}`), draftId)).toBeNull();
  });

  it('a draft closed in the library is not reopened by a reload', async () => {
    await page.reload();
    await page.locator('.q-editable').waitFor();
    await page.locator('.draft-row.selected').getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '删除（移到回收站）' }).click();
    await page.getByRole('dialog', { name: '删除文稿' }).getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => page.locator('.q-editable').count()).toBe(0);
    await page.reload();
    await page.getByRole('navigation', { name: '文稿库' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('.q-editable').count()).toBe(0);
  });

  it('a local copy older than the stored draft is dropped at start, not reopened', async () => {
    await newFromTemplate(page);
    await caretAtEnd(page, plan());
    await page.keyboard.type(SAVED);
    await waitSaved(page);
    const id = (await page.locator('.draft-row.selected').getAttribute('data-draft'))!;
    const stored = await callApi<Draft>(page, 'drafts.get', { id });
    await page.evaluate(([k, d]) => localStorage.setItem(k!, JSON.stringify({ at: '2000-01-01T00:00:00.000Z', draft: JSON.parse(d!) })), [`qicao.unsaved.${id}`, JSON.stringify(stored)]);
    page = await s.page.context().newPage();
    await page.goto(s.app.url);
    await page.getByRole('navigation', { name: '文稿库' }).waitFor();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), `qicao.unsaved.${id}`)).toBeNull();
    expect(await page.locator('.q-editable').count()).toBe(0);
  });

  it('made no request outside the local host', () => {
    expect(foreignRequests(s)).toEqual([]);
  });
});
