// Shared steps for the editor's browser tests: seeding a draft through the host API, typing, reading the text.
import type { Locator, Page } from 'playwright-core';
import type { Draft } from '../../core/common/model/types';

/** Saves a draft through the page's own API access (token from the tab's session storage), as the app would. */
export async function seedDraft(page: Page, draft: Draft): Promise<void> {
  await page.evaluate(async (d) => {
    const res = await fetch('./api/drafts.save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qicao-Token': sessionStorage.getItem('qicao.token') ?? '' },
      body: JSON.stringify({ draft: d }),
    });
    const body = await res.json();
    if (body.error) throw new Error(body.error.message);
  }, draft);
}

export async function openDraftByTitle(page: Page, title: string): Promise<void> {
  await page.reload();
  await page.locator('.draft-list li button', { hasText: title }).first().click();
  await page.locator('.q-editable').waitFor();
}

export const editorText = (page: Page): Promise<string> => page.locator('.q-editable').innerText();

export async function waitSaved(page: Page): Promise<void> {
  await page.getByRole('status', { name: '保存状态' }).filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
}

/** Puts the caret at the end of an element's text, as a click there would. */
export async function caretAtEnd(page: Page, target: string | Locator): Promise<void> {
  const loc = typeof target === 'string' ? page.locator(target).first() : target;
  await loc.click();
  // Not the End key: that goes to the end of the visual line, and a long paragraph wraps.
  await loc.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
    if (last) window.getSelection()?.collapse(last, last.textContent?.length ?? 0);
  });
  // Lexical reads the DOM selection on selectionchange, which the browser fires asynchronously.
  await page.waitForTimeout(50);
}
