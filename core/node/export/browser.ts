// Finds and launches the local Chromium for PDF printing; never downloads one, never lets a page reach the network.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      `未找到可用于导出 PDF 的浏览器（Chromium/Chrome/Edge）。已查找：${tried.join('、')}。`
      + '请安装 Chromium（Linux：sudo apt install chromium）或 Google Chrome / Microsoft Edge，'
      + '或设置环境变量 CHROME_PATH 指向浏览器程序。Word 文件（.docx）的导出不受影响。',
    );
    this.name = 'BrowserNotFoundError';
  }
}

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/opt/apps/cn.google.chrome/files/google-chrome'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

/** The browser executable: explicit path, then CHROME_PATH, then the usual install places. */
export function findBrowser(explicit?: string): string {
  const tried = [explicit, process.env.CHROME_PATH, ...(CANDIDATES[process.platform] ?? [])].filter((p): p is string => !!p);
  const found = tried.find((p) => existsSync(p));
  if (!found) throw new BrowserNotFoundError([...new Set(tried)]);
  return found;
}

export const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface LaunchOptions {
  chromiumPath?: string;
  /** Extra environment, e.g. FONTCONFIG_FILE for Linux font mapping. */
  env?: Record<string, string>;
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findBrowser(opts.chromiumPath);
  // Loaded here, not at the top: playwright-core takes about half a second to load, and only PDF export needs it.
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({
      executablePath, args: BROWSER_ARGS, headless: true,
      ...(opts.env ? { env: { ...process.env, ...opts.env } as Record<string, string> } : {}),
    });
  } catch (e) {
    throw new Error(`无法启动浏览器“${executablePath}”以导出 PDF：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, { cause: e });
  }
}
