// Editor performance in real Chromium through the browser host, on a putian-size notice (≈17,000 字, 3 aspects,
// 15 categories, 38 problems): time to interactive after opening, keystroke-to-paint latency, JS heap.
// Needs `node scripts/build.mjs` first (the host serves dist/).
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';
import { printedChars, putianSizeDraft } from '../support/synthetic-draft';
import type { Benchmark } from './harness';

interface Ctx {
  app: ServedApp;
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  title: string;
}

let ctx: Ctx | null = null;
const tti: number[] = [];
const latencies: number[] = [];
const framed: number[] = [];
let heapMb = 0;

async function start(): Promise<Ctx> {
  if (ctx) return ctx;
  const app = await serveApp();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(app.url);
  await page.locator('.draft-list').waitFor();
  const draft = putianSizeDraft();
  await page.evaluate(async (d) => {
    const res = await fetch('./api/drafts.save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qicao-Token': sessionStorage.getItem('qicao.token') ?? '' },
      body: JSON.stringify({ draft: d }),
    });
    if (!res.ok) throw new Error(await res.text());
  }, draft);
  ctx = { app, browser, page, cdp, title: draft.fields.title! };
  console.log(`  putian-size draft: ${printedChars(draft)} 字`);
  return ctx;
}

async function stop(): Promise<void> {
  await ctx?.browser.close();
  await ctx?.app.stop();
  ctx = null;
}

/** Click in the library → the editor shows all 38 problems and has painted them (measured inside the page). */
async function openOnce(c: Ctx): Promise<number> {
  await c.page.reload();
  await c.page.locator('.draft-list li button', { hasText: c.title }).first().waitFor();
  const ms = await c.page.evaluate(async (title) => {
    const btn = [...document.querySelectorAll<HTMLButtonElement>('.draft-list li button')].find((b) => b.textContent?.includes(title))!;
    const t0 = performance.now();
    btn.click();
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const ed = document.querySelector('.q-editable[contenteditable="true"]');
        if (ed && ed.querySelectorAll('.q-problem').length >= 38 && ed.querySelector('.q-measure[data-ordinal]')) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    // The frame that shows it.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, c.title);
  return ms;
}

/**
 * 200 typed characters in the middle of the document. For each: t0 before the input, tIn once Lexical has handled it
 * (its commit is a microtask), tRaf at the next animation frame, t1 after that frame's style/layout/paint (a task
 * posted from rAF runs after the rendering step). `work` = (tIn − t0) + (t1 − tRaf) is the main-thread cost of a
 * keystroke up to paint; `frame` = t1 − t0 also includes waiting for the display's next frame (≤ 16.7 ms at 60 Hz).
 */
async function typeBurst(c: Ctx): Promise<{ work: number[]; frame: number[] }> {
  await c.page.locator('.q-measure').nth(40).click();
  await c.page.keyboard.press('End');
  await c.page.waitForTimeout(100);
  return c.page.evaluate(async () => {
    const work: number[] = [];
    const frame: number[] = [];
    const chars = '巡察整改落实到位持续深化';
    for (let i = 0; i < 200; i++) {
      // Start at a random point of the frame, as a real keystroke does.
      await new Promise((r) => setTimeout(r, Math.random() * 16));
      const t0 = performance.now();
      document.execCommand('insertText', false, chars[i % chars.length]!);
      await new Promise<void>((r) => queueMicrotask(r));
      const tIn = performance.now();
      const tRaf = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      await new Promise((r) => setTimeout(r, 0));
      const t1 = performance.now();
      work.push(tIn - t0 + (t1 - tRaf));
      frame.push(t1 - t0);
    }
    return { work, frame };
  });
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? NaN;
};
const ms = (n: number): string => `${n.toFixed(1)} ms`;

const benchmarks: Benchmark[] = [
  {
    name: '编辑器打开 putian 规模通报（≈17,000 字，38 个问题）到可输入',
    target: '≤ 500 ms',
    runs: 5,
    warmup: 1,
    setup: async () => void (await start()),
    run: async () => {
      const c = await start();
      tti.push(await openOnce(c));
      await c.cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await c.cdp.send('Runtime.getHeapUsage');
      heapMb = usedSize / 2 ** 20;
    },
    extra: () => ({ 'TTI 中位数(页内)': ms(pct(tti.slice(1), 0.5)), 'JS 堆': `${heapMb.toFixed(1)} MB` }),
  },
  {
    name: '按键到绘制延迟（200 次输入，putian 规模）',
    target: 'p95 ≤ 16 ms',
    runs: 3,
    warmup: 1,
    run: async () => {
      const c = await start();
      const r = await typeBurst(c);
      latencies.push(...r.work);
      framed.push(...r.frame);
    },
    extra: () => ({
      'p50': ms(pct(latencies, 0.5)), 'p95': ms(pct(latencies, 0.95)), 'max': ms(Math.max(...latencies)),
      '含等待下一帧 p50': ms(pct(framed, 0.5)), '含等待下一帧 p95': ms(pct(framed, 0.95)), n: String(latencies.length),
    }),
    teardown: stop,
  },
];

export default benchmarks;
