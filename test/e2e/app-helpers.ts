// Shared setup for the feature E2E tests: a served app on a fresh library, Chromium, and the request log for the
// no-network assertion; plus calls to the host API from the page (as the app itself makes them).
import { mkdirSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';

export const SHOTS = 'test/.artifacts/screenshots';

export interface Session {
  app: ServedApp;
  browser: Browser;
  page: Page;
  requests: string[];
  close(): Promise<void>;
}

/** A session on a fresh library; `opts` sets the window size and the browser's language (zh-CN, 1500 × 950 unless said). */
export async function startSession(opts: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Session> {
  mkdirSync(SHOTS, { recursive: true });
  const app = await serveApp();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1500, height: 950 }, locale: opts.locale ?? 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(app.url);
  await page.getByRole('navigation', { name: '文稿库' }).waitFor();
  return {
    app, browser, page, requests,
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}

/** Requests that left the local host (none may: DESIGN.md principle 6). Blob URLs are the page's own downloads. */
export function foreignRequests(s: Session): string[] {
  return s.requests.filter((u) => !u.startsWith(s.app.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export async function callApi<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(async ([c, i]) => {
    const res = await fetch(`./api/${c}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qicao-Token': sessionStorage.getItem('qicao.token') ?? '' },
      body: JSON.stringify(i),
    });
    const body = await res.json();
    if (body.error) throw new Error(body.error.message);
    return body.result;
  }, [channel, input] as const) as Promise<T>;
}

export async function newFromTemplate(page: Page, name: RegExp = /巡察整改进展情况通报/): Promise<void> {
  await page.getByRole('toolbar', { name: '主工具栏' }).getByRole('button', { name: '新建文稿' }).click();
  await page.getByRole('dialog').getByRole('button', { name }).first().click();
  await page.locator('.q-editable').waitFor();
}

export async function pasteText(page: Page, text: string, html = ''): Promise<void> {
  await page.evaluate(([t, h]) => {
    const dt = new DataTransfer();
    if (h) dt.setData('text/html', h);
    dt.setData('text/plain', t!);
    const target = document.activeElement ?? document.querySelector('.q-editable')!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [text, html]);
}

/**
 * Clicks 导出 in an open export dialog and goes on past the proofreading warning if one comes (after `onWarning`, e.g.
 * a screenshot of it), as a clerk with an unfinished draft does; resolves with the download.
 */
export async function confirmExport(page: Page, dialog: Locator, onWarning?: () => Promise<void>): Promise<Download> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const warnOrDone = await Promise.race([
    dialog.getByRole('button', { name: '仍要导出' }).waitFor().then(() => 'warn' as const),
    download.then(() => 'done' as const),
  ]);
  if (warnOrDone === 'warn') {
    await onWarning?.();
    await dialog.getByRole('button', { name: '仍要导出' }).click();
  }
  return download;
}
