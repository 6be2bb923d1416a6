// A library that cannot be opened (here: qicao.db is not a database) shows a full-page explanation instead of the
// app, with the backups to go back to.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';
import { SHOTS } from './app-helpers';

describe('library problem page (Chromium, browser host)', () => {
  let app: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-e2e-corrupt-'));
    writeFileSync(join(dir, 'qicao.db'), Buffer.alloc(8192, 0x5a));
    app = await serveApp(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('explains the problem in Chinese and offers backups instead of the library', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, locale: 'zh-CN' });
    await page.goto(app.url);
    const main = page.getByRole('main', { name: '文稿库无法打开' });
    await main.waitFor();
    expect(await main.locator('h1').innerText()).toMatch(/文稿库/);
    expect((await main.locator('.problem-message').innerText()).length).toBeGreaterThan(4);
    expect(await page.getByRole('navigation', { name: '文稿库' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/library-problem.png` });
  });
});
