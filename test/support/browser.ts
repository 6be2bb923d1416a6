// Real Chromium for browser tests: Debian's /usr/bin/chromium (or CHROME_PATH) driven by playwright-core, offline.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`找不到 Chromium（${CHROME_PATH}）。请安装 Debian 的 chromium 软件包或设置 CHROME_PATH。`);
  }
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
