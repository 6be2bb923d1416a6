// The app shell in real Chromium through the browser host: create a draft from a template, see it, reload, find it.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';

const SHOTS = 'test/.artifacts/screenshots';

describe('app shell (Chromium, browser host)', () => {
  let app: ServedApp;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await serveApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(app.url);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the frame in Chinese: library, document area, side panel', async () => {
    await expect.poll(() => page.getByRole('navigation', { name: '文稿库' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '新建文稿' }).isVisible()).toBe(true);
    expect(await page.getByText('从左侧选择文稿').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('浏览器模式（仅本机访问）').isVisible()).toBe(true);
    // The token moved from the URL into the tab's session storage.
    expect(page.url()).not.toContain('token=');
  });

  it('creates a notice from a template and shows it laid out with computed numbering', async () => {
    await page.getByRole('button', { name: '新建文稿' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /巡察整改进展情况通报/ }).click();
    const doc = page.getByRole('article', { name: '文稿页面' });
    await expect.poll(() => doc.isVisible()).toBe(true);
    // Ordinals are computed and shown by CSS from data-ordinal (never typed text).
    const heading = doc.locator('.q-heading', { hasText: '提高政治站位，坚决扛起巡察整改政治责任' });
    expect(await heading.getAttribute('data-ordinal')).toBe('一、');
    expect(await doc.locator('.q-heading', { hasText: '下一步计划' }).getAttribute('data-ordinal')).toBe('四、');
    // The library list refreshes after the new draft is stored.
    await expect.poll(() => page.locator('.draft-list li').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/shell-new-draft.png` });
  });

  it('finds the draft again after a reload (it was stored, not kept in the page)', async () => {
    await page.reload();
    await expect.poll(() => page.locator('.draft-list li').count()).toBe(1);
    await page.locator('.draft-list li button').first().click();
    await expect.poll(() => page.getByRole('article', { name: '文稿页面' }).isVisible()).toBe(true);
  });

  it('made no request outside the local host', () => {
    const foreign = requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});
