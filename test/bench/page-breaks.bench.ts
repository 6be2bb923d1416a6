// The page view's page breaks (renderer/src/features/editor/page-breaks): what one recomputation costs — measuring
// the page's lines and paginating, timed in the page as a user timing — on a putian-size and a 60,000-字 draft,
// unthrottled and with the CPU slowed 4×; and the keystroke cost in the page view, where a keystroke only restarts
// the recomputation's timer. QICAO_BENCH_ROOT=<another checkout, built> runs the keystroke rows on that checkout's
// build instead, for a before/after. Needs `node scripts/build.mjs` first.
import { resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Draft } from '../../core/common/model/types';
import { seedDraft } from '../e2e/editor-helpers';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';
import { printedChars, putianSizeDraft, syntheticRectificationDraft } from '../support/synthetic-draft';
import { latencyFigures, typeBurst } from './editor.bench';
import type { Benchmark } from './harness';

const ROOT = resolve(process.env.QICAO_BENCH_ROOT ?? process.cwd());
const MEASURE = 'qicao.page-breaks';

interface Ctx {
  app: ServedApp;
  browser: Browser;
  page: Page;
  cdp: CDPSession;
}
let ctx: Ctx | null = null;

async function start(): Promise<Ctx> {
  if (ctx) return ctx;
  const app = await serveApp(undefined, ROOT);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(app.url);
  await page.locator('.draft-list').waitFor();
  ctx = { app, browser, page, cdp };
  return ctx;
}

const throttle = (c: Ctx, rate: number) => c.cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** Saves the draft and opens it in the page view; waits for its page breaks where the build draws them. */
async function open(c: Ctx, draft: Draft): Promise<void> {
  await seedDraft(c.page, draft);
  await c.page.reload();
  await c.page.locator(`li.draft-row[data-draft="${draft.id}"] .draft-open`).click();
  await c.page.locator('.q-editable').waitFor();
  await c.page.locator('.page-breaks[data-pages]').waitFor({ state: 'attached', timeout: 10_000 }).catch(() => undefined);
  console.log(`  ${draft.fields.title}: ${printedChars(draft)} 字, ${await c.page.locator('.page-breaks').getAttribute('data-pages').catch(() => '?')} 页`);
}

/** One character typed at a measure's end, then the recomputation it schedules: its duration (user timing). */
async function recompute(c: Ctx): Promise<number> {
  await c.page.locator('.q-measure').nth(40).click();
  await c.page.keyboard.press('End');
  return c.page.evaluate(async (name) => {
    const before = performance.getEntriesByName(name).length;
    document.execCommand('insertText', false, '改');
    const t0 = performance.now();
    while (performance.getEntriesByName(name).length === before) {
      if (performance.now() - t0 > 10_000) return NaN;
      await new Promise((r) => setTimeout(r, 20));
    }
    return performance.getEntriesByName(name).at(-1)!.duration;
  }, MEASURE);
}

const putian = () => putianSizeDraft();
const big = () => syntheticRectificationDraft({ aspects: 4, categoriesPerAspect: 5, problems: 130, measuresPerProblem: 3, charsTarget: 60_000 });

function recomputeBench(name: string, make: () => Draft, rate: number): Benchmark {
  return {
    name, target: '≤ 16 ms', runs: 5, warmup: 1,
    setup: async () => {
      const c = await start();
      await throttle(c, 1);
      await open(c, make());
      await throttle(c, rate);
    },
    run: async () => ({ ms: await recompute(await start()) }),
    teardown: async () => void (await throttle(await start(), 1)),
  };
}

const work: number[] = [];
const frame: number[] = [];
const benchmarks: Benchmark[] = [
  ...(ROOT === process.cwd() ? [
    recomputeBench('页面视图分页重算（putian 规模）', putian, 1),
    recomputeBench('CPU 降速 4×：页面视图分页重算（putian 规模）', putian, 4),
    recomputeBench('页面视图分页重算（60,000 字）', big, 1),
    recomputeBench('CPU 降速 4×：页面视图分页重算（60,000 字）', big, 4),
  ] : []),
  {
    name: `CPU 降速 4×：页面视图按键到绘制（200 次输入，60,000 字${ROOT === process.cwd() ? '' : `，${ROOT}`}）`,
    target: 'p95 ≤ 16 ms', runs: 3, warmup: 1,
    setup: async () => {
      const c = await start();
      await throttle(c, 1);
      await open(c, big());
      await throttle(c, 4);
    },
    run: async () => {
      const r = await typeBurst(await start());
      work.push(...r.work);
      frame.push(...r.frame);
    },
    teardown: async () => {
      await throttle(await start(), 1);
      await ctx?.browser.close();
      await ctx?.app.stop();
      ctx = null;
    },
    extra: () => latencyFigures(work, frame),
  },
];

export default benchmarks;
