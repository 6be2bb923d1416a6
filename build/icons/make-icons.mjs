// Draws the app icon (a red 起 on white, the colour of 公文 版头) in Chromium and writes the PNG sizes
// electron-builder uses: build/icons/<n>x<n>.png (Linux takes the folder, Windows converts 256x256.png to .ico).
// Run: node build/icons/make-icons.mjs   (needs Chromium: /usr/bin/chromium or CHROME_PATH, and a CJK font)
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [512, 256, 128, 64, 48, 32, 16];
const html = (n) => `<!doctype html><html><body style="margin:0">
<div style="width:${n}px;height:${n}px;box-sizing:border-box;background:#fff;border:${Math.max(1, Math.round(n / 32))}px solid #c8161d;
border-radius:${Math.round(n / 8)}px;display:flex;align-items:center;justify-content:center;
font-family:'Noto Serif CJK SC','FandolSong','SimSun',serif;font-weight:900;font-size:${Math.round(n * 0.72)}px;line-height:1;color:#c8161d">起</div>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const n of SIZES) {
    const page = await browser.newPage({ viewport: { width: n, height: n }, deviceScaleFactor: 1 });
    await page.setContent(html(n));
    await page.evaluate(() => document.fonts.ready);
    writeFileSync(new URL(`./${n}x${n}.png`, import.meta.url), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: n, height: n } }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.map((n) => `${n}x${n}`).join(', ')}`);
