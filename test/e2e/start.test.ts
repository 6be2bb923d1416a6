// `npm start` on a machine without the Electron runtime: one clear line, then the browser host, whose page loads.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';

describe('npm start without the Electron runtime', () => {
  it('says so in Chinese and English, starts the browser host, and the app loads', async () => {
    const data = mkdtempSync(join(tmpdir(), 'qicao-start-'));
    const child = spawn(process.execPath, ['scripts/start.mjs', '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (c) => (out += c));
    child.stderr!.on('data', (c) => (out += c));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 20 s:\n${out}`)), 20_000);
        child.stdout!.on('data', () => {
          const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      expect(out).toContain('未找到 Electron 运行时，改为在浏览器中打开起草。 / Electron runtime not found: starting the browser host instead.');
      // Looking for the runtime must not try to download it (nothing leaves the machine).
      expect(out).not.toMatch(/Downloading Electron|fetch failed/);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(url);
        await expect.poll(() => page.getByRole('button', { name: '新建文稿' }).first().isVisible()).toBe(true);
      } finally {
        await browser.close();
      }
    } finally {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
  });
});
