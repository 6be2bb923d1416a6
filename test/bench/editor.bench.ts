// Editor performance in real Chromium through the browser host: a putian-size notice (≈17,000 字, 3 aspects,
// 15 categories, 38 problems) and a 60,000-字 annual summary-size draft. Time to interactive after opening,
// keystroke-to-paint latency and IME composition updates — unthrottled and with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate, an old office PC) — and memory (CDP Performance.getMetrics, and the renderer
// process's resident memory) before and after 2,000 keystrokes. Beside the in-page latencies, the renderer
// process's CPU time per keystroke (CDP SystemInfo.getProcessInfo): it holds on a shared, loaded machine where wall
// times mostly measure waiting for a CPU. Needs `node scripts/build.mjs` first (the host serves dist/).
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Draft } from '../../core/common/model/types';
import { buildPrintHtml } from '../../core/common/print';
import { launchChromium } from '../support/browser';
import { type ServedApp, serveApp } from '../support/serve';
import { printedChars, putianSizeDraft, syntheticRectificationDraft } from '../support/synthetic-draft';
import type { Benchmark } from './harness';

interface Ctx {
  app: ServedApp;
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  /** Browser-level session (process information). */
  browserCdp: CDPSession;
}
interface Doc {
  title: string;
  problems: number;
}

let ctx: Ctx | null = null;
const docs = new Map<string, Doc>();

async function start(): Promise<Ctx> {
  if (ctx) return ctx;
  const app = await serveApp();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const cdp = await page.context().newCDPSession(page);
  const browserCdp = await browser.newBrowserCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(app.url);
  await page.locator('.draft-list').waitFor();
  ctx = { app, browser, page, cdp, browserCdp };
  return ctx;
}

/** Saves a draft into the library once, by name. */
async function doc(c: Ctx, name: string, make: () => Draft): Promise<Doc> {
  const known = docs.get(name);
  if (known) return known;
  const draft = make();
  draft.fields.title = `${draft.fields.title ?? ''}（${name}）`;
  await c.page.evaluate(async (d) => {
    const res = await fetch('./api/drafts.save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qicao-Token': sessionStorage.getItem('qicao.token') ?? '' },
      body: JSON.stringify({ draft: d }),
    });
    if (!res.ok) throw new Error(await res.text());
  }, draft);
  let problems = 0;
  JSON.stringify(draft.body, (k, v: unknown) => {
    if (k === 'type' && v === 'problem') problems++;
    return v;
  });
  const d = { title: draft.fields.title, problems };
  docs.set(name, d);
  console.log(`  ${name}: ${printedChars(draft)} 字, ${problems} problems`);
  return d;
}

async function stop(): Promise<void> {
  floors.clear();
  await ctx?.browser.close();
  await ctx?.app.stop();
  ctx = null;
  docs.clear();
}

const throttle = (c: Ctx, rate: number) => c.cdp.send('Emulation.setCPUThrottlingRate', { rate });

/**
 * Reload (the page parses the bundle again) → the library is listed (`load`, from navigation start), then click the
 * draft → the editor shows every problem and has painted (`open`). Both measured inside the page.
 */
async function openOnce(c: Ctx, d: Doc): Promise<{ load: number; open: number }> {
  // A reload reopens the draft open in the tab (and one with an unsaved local copy): start from the library list, so
  // the click below measures a cold open; the editor found below must be the one that click made.
  await c.page.evaluate(() => sessionStorage.removeItem('qicao.openDraft'));
  await c.page.reload();
  await c.page.locator('.draft-list li button', { hasText: d.title }).first().waitFor();
  const load = await c.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return (window as unknown as { __listedAt?: number }).__listedAt ?? nav?.domInteractive ?? NaN;
  });
  const open = await c.page.evaluate(async ({ title, problems }) => {
    const btn = [...document.querySelectorAll<HTMLButtonElement>('.draft-list li button')].find((b) => b.textContent?.includes(title))!;
    const before = document.querySelector('.q-editable');
    const t0 = performance.now();
    btn.click();
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const ed = document.querySelector('.q-editable[contenteditable="true"]');
        if (ed && ed !== before && ed.querySelectorAll('.q-problem').length >= problems && ed.querySelector('.q-measure[data-ordinal]')) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    // The frame that shows it.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, d);
  return { load, open };
}

/** The time the library list first showed, from navigation start: polled from the page's first script on. */
async function markListed(c: Ctx): Promise<void> {
  await c.page.addInitScript(() => {
    const poll = (): void => {
      if (document.querySelector('.draft-list li button')) (window as unknown as { __listedAt?: number }).__listedAt = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

export async function placeCaret(c: Pick<Ctx, 'page'>): Promise<void> {
  await c.page.locator('.q-measure').nth(40).click();
  await c.page.keyboard.press('End');
  await c.page.waitForTimeout(100);
}

/**
 * Typed characters in the middle of the document. For each: t0 before the input, tIn once Lexical has handled it
 * (its commit is a microtask), tRaf at the next animation frame, t1 after that frame's style/layout/paint (a task
 * posted from rAF runs after the rendering step). `work` = (tIn − t0) + (t1 − tRaf) is the main-thread cost of a
 * keystroke up to paint; `frame` = t1 − t0 also includes waiting for the display's next frame (≤ 16.7 ms at 60 Hz).
 * `erase` alternates typing and Backspace, so the text ends as it began (for the memory figures).
 */
export async function typeBurst(
  c: Pick<Ctx, 'page'>, n = 200, erase = false, place: (c: Pick<Ctx, 'page'>) => Promise<void> = placeCaret,
): Promise<{ work: number[]; frame: number[] }> {
  await place(c);
  return c.page.evaluate(async ({ n, erase }) => {
    const work: number[] = [];
    const frame: number[] = [];
    const chars = '巡察整改落实到位持续深化';
    for (let i = 0; i < n; i++) {
      // Start at a random point of the frame, as a real keystroke does.
      await new Promise((r) => setTimeout(r, Math.random() * 16));
      const t0 = performance.now();
      if (erase && i % 2 === 1) document.execCommand('delete');
      else document.execCommand('insertText', false, chars[i % chars.length]!);
      await new Promise<void>((r) => queueMicrotask(r));
      const tIn = performance.now();
      const tRaf = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      await new Promise((r) => setTimeout(r, 0));
      const t1 = performance.now();
      work.push(tIn - t0 + (t1 - tRaf));
      frame.push(t1 - t0);
    }
    return { work, frame };
  }, { n, erase });
}

/**
 * Chinese input as an IME sends it (CDP Input.imeSetComposition: compositionupdate + input per pinyin letter, then
 * Input.insertText commits the character). Each update is timed in the page like a keystroke: from compositionupdate
 * to Lexical having handled the input, plus the next frame's rendering work.
 */
async function imeBurst(
  c: Pick<Ctx, 'page' | 'cdp'>, words = 20, editable = '.q-editable[contenteditable="true"]', place: (c: Pick<Ctx, 'page'>) => Promise<void> = placeCaret,
): Promise<number[]> {
  await place(c);
  await c.page.evaluate((editable) => {
    const w = window as unknown as { __ime: number[] };
    w.__ime = [];
    let t0: number | null = null;
    window.addEventListener('compositionupdate', () => void (t0 = performance.now()), true);
    // On the editor itself, after Lexical's own listener (which stops the event there).
    document.querySelector(editable)!.addEventListener('input', () => {
      if (t0 === null) return;
      const start = t0;
      t0 = null;
      queueMicrotask(async () => {
        const tIn = performance.now();
        const tRaf = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
        await new Promise((r) => setTimeout(r, 0));
        w.__ime.push(tIn - start + (performance.now() - tRaf));
      });
    });
  }, editable);
  const syllables: [string, string][] = [['zheng', '整'], ['gai', '改'], ['luo', '落'], ['shi', '实'], ['dao', '到'], ['wei', '位']];
  let expected = 0;
  for (let i = 0; i < words; i++) {
    const [pinyin, hanzi] = syllables[i % syllables.length]!;
    for (let k = 1; k <= pinyin.length; k++) {
      await c.cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, k), selectionStart: k, selectionEnd: k });
      expected++;
      await c.page.waitForFunction((n) => (window as unknown as { __ime: number[] }).__ime.length >= n, expected, { polling: 'raf' });
    }
    await c.cdp.send('Input.insertText', { text: hanzi });
    await c.page.waitForTimeout(20);
  }
  return c.page.evaluate(() => (window as unknown as { __ime: number[] }).__ime);
}

async function renderers(c: Ctx): Promise<{ id: number; cpuTime: number }[]> {
  const { processInfo } = (await c.browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
  return processInfo.filter((p) => p.type === 'renderer');
}

/** CPU seconds used so far by the renderer processes (the page's; a spare one idles). */
const rendererCpu = async (c: Ctx): Promise<number> => (await renderers(c)).reduce((s, p) => s + p.cpuTime, 0);

/** Resident memory of the largest renderer process (the page's), in bytes; NaN where /proc is not there. */
async function rendererRss(c: Ctx): Promise<number> {
  const sizes = (await renderers(c)).map((p) => {
    try {
      const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : NaN;
    } catch {
      return NaN;
    }
  });
  return Math.max(...sizes);
}

/** JS heap and DOM figures after a full garbage collection, and the page's renderer process's resident memory. */
async function memory(c: Ctx): Promise<Record<string, number>> {
  await c.cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await c.cdp.send('Performance.getMetrics');
  return { ...Object.fromEntries(metrics.map((m) => [m.name, m.value])), RendererRss: await rendererRss(c) };
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? NaN;
};
const ms = (n: number): string => `${n.toFixed(1)} ms`;
const mb = (n: number | undefined): string => `${((n ?? NaN) / 2 ** 20).toFixed(1)} MB`;
/** Elements in the page (the editor with the app around it, or a floor page): what each frame's style, layout,
 * paint and hit test walk. */
const elements = (c: Pick<Ctx, 'page'>): Promise<number> => c.page.evaluate(() => document.getElementsByTagName('*').length);

export const latencyFigures = (work: number[], frame?: number[]): Record<string, string> => ({
  p50: ms(pct(work, 0.5)), p95: ms(pct(work, 0.95)), max: ms(Math.max(...work)),
  ...(frame ? { '含等待下一帧 p95': ms(pct(frame, 0.95)) } : {}), n: String(work.length),
});

const PUTIAN = 'putian 规模';
const BIG = '60,000 字';
const putian = () => putianSizeDraft();
const big = () => syntheticRectificationDraft({ aspects: 4, categoriesPerAspect: 5, problems: 130, measuresPerProblem: 3, charsTarget: 60_000 });

function openBench(name: string, target: string, docName: string, make: () => Draft, rate: number): Benchmark {
  const opens: number[] = [];
  const loads: number[] = [];
  let heap = 0;
  return {
    name, target, runs: 5, warmup: 1,
    setup: async () => {
      const c = await start();
      await markListed(c);
      await doc(c, docName, make);
      await throttle(c, rate);
    },
    run: async () => {
      const c = await start();
      const r = await openOnce(c, docs.get(docName)!);
      opens.push(r.open);
      loads.push(r.load);
      heap = (await memory(c)).JSHeapUsedSize ?? NaN;
      return { ms: r.open };
    },
    teardown: async () => void (await throttle(await start(), 1)),
    extra: () => ({ '重新载入到文稿列表(页内)': ms(pct(loads.slice(1), 0.5)), 'JS 堆': mb(heap) }),
  };
}

function typingBench(name: string, docName: string, make: () => Draft, rate: number): Benchmark {
  const work: number[] = [];
  const frame: number[] = [];
  const cpu: number[] = [];
  let els = 0;
  return {
    name, target: 'p95 ≤ 16 ms', runs: 3, warmup: 1,
    setup: async () => {
      const c = await start();
      await doc(c, docName, make);
      await throttle(c, 1);
      await openOnce(c, docs.get(docName)!);
      await throttle(c, rate);
    },
    run: async () => {
      const c = await start();
      const cpu0 = await rendererCpu(c);
      const r = await typeBurst(c);
      cpu.push(((await rendererCpu(c)) - cpu0) * 1000 / r.work.length);
      work.push(...r.work);
      els = await elements(c);
      frame.push(...r.frame);
    },
    teardown: async () => void (await throttle(await start(), 1)),
    extra: () => ({ ...latencyFigures(work, frame), '渲染进程 CPU/次（中位）': ms(pct(cpu, 0.5)), 'DOM 元素': String(els) }),
  };
}

/**
 * The floor under the editor: the same draft as plain HTML — its print view, so the same text, typefaces and line
 * rules, on a 版心-wide page — in a bare contenteditable with no editor framework and no app around it, typed into
 * the same way. What Chromium alone costs per keystroke on this machine; the editor's figures read against it.
 * `tiny` keeps only two of its paragraphs: what any contenteditable costs here, whatever sits on top of it.
 */
type FloorKind = 'draft' | 'tiny';
const floors = new Map<FloorKind, Pick<Ctx, 'page' | 'cdp'>>();
async function floorPage(kind: FloorKind): Promise<Pick<Ctx, 'page' | 'cdp'>> {
  const known = floors.get(kind);
  if (known) return known;
  const c = await start();
  const page = await c.browser.newPage({ viewport: { width: 1500, height: 950 } });
  const cdp = await page.context().newCDPSession(page);
  const html = buildPrintHtml(putian())
    // The measurement runs script in the page; the print view's CSP forbids any.
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('<body>', '<body contenteditable="true" spellcheck="false" style="width: 156mm; margin: 16px auto; outline: none">');
  await page.setContent(html);
  if (kind === 'tiny') {
    await page.evaluate(() => {
      const ps = [...document.body.querySelectorAll('p')];
      const at = Math.floor(ps.length * 0.4);
      document.body.replaceChildren(ps[at]!, ps[at + 1]!);
    });
  }
  const floor = { page, cdp };
  floors.set(kind, floor);
  return floor;
}
/**
 * The caret at the end of a paragraph 40 % into the plain page, placed with the mouse as placeCaret does in the
 * editor: the pointer then rests over the text, and Chromium hit-tests it again after each keystroke's layout.
 */
async function placeInPlain(c: Pick<Ctx, 'page'>): Promise<void> {
  const ps = c.page.locator('body p');
  const n = await ps.count();
  await ps.nth(n <= 2 ? 0 : Math.floor(n * 0.4)).click();
  await c.page.keyboard.press('End');
  await c.page.waitForTimeout(100);
}
function floorBench(name: string, kind: 'type' | 'ime', page: FloorKind = 'draft'): Benchmark {
  const work: number[] = [];
  let els = 0;
  return {
    name, target: '对照（Chromium 本身）', runs: kind === 'type' ? 3 : 2, warmup: 1,
    setup: async () => void (await (await floorPage(page)).cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })),
    run: async () => {
      const f = await floorPage(page);
      if (kind === 'type') work.push(...(await typeBurst(f, 200, false, placeInPlain)).work);
      else work.push(...(await imeBurst(f, 20, 'body', placeInPlain)));
      els = await elements(f);
    },
    teardown: async () => void (await (await floorPage(page)).cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })),
    extra: () => ({ ...latencyFigures(work), 'DOM 元素': String(els) }),
  };
}

const imeWork: number[] = [];
const imeCpu: number[] = [];
const mem: { open?: Record<string, number>; warm?: Record<string, number>; after?: Record<string, number> } = {};
const pctChange = (a: number | undefined, b: number | undefined): string => `${((((b ?? NaN) / (a ?? NaN)) - 1) * 100).toFixed(1)} %`;
const benchmarks: Benchmark[] = [
  openBench(`编辑器打开 ${PUTIAN}通报（≈17,000 字，38 个问题）到可输入`, '≤ 500 ms', PUTIAN, putian, 1),
  typingBench(`按键到绘制延迟（200 次输入，${PUTIAN}）`, PUTIAN, putian, 1),
  openBench(`CPU 降速 4×：打开 ${PUTIAN}通报到可输入`, '≤ 1 s', PUTIAN, putian, 4),
  typingBench(`CPU 降速 4×：按键到绘制（200 次输入，${PUTIAN}）`, PUTIAN, putian, 4),
  {
    name: `CPU 降速 4×：输入法组字更新（拼音逐字母，${PUTIAN}）`,
    target: 'p95 ≤ 16 ms',
    runs: 2,
    warmup: 1,
    setup: async () => {
      const c = await start();
      await throttle(c, 1);
      await openOnce(c, docs.get(PUTIAN)!);
      await throttle(c, 4);
    },
    run: async () => {
      const c = await start();
      const cpu0 = await rendererCpu(c);
      const updates = await imeBurst(c);
      imeCpu.push(((await rendererCpu(c)) - cpu0) * 1000 / updates.length);
      imeWork.push(...updates);
    },
    teardown: async () => void (await throttle(await start(), 1)),
    extra: () => ({ ...latencyFigures(imeWork), '渲染进程 CPU/次（中位，含提交汉字）': ms(pct(imeCpu, 0.5)) }),
  },
  floorBench(`对照：同一文稿的纯 HTML 可编辑页（无编辑器、无界面），CPU 降速 4×：按键到绘制`, 'type'),
  floorBench(`对照：同一文稿的纯 HTML 可编辑页（无编辑器、无界面），CPU 降速 4×：输入法组字更新`, 'ime'),
  floorBench(`对照：只有两段文字的纯 HTML 可编辑页，CPU 降速 4×：按键到绘制`, 'type', 'tiny'),
  floorBench(`对照：只有两段文字的纯 HTML 可编辑页，CPU 降速 4×：输入法组字更新`, 'ime', 'tiny'),
  {
    // Typing and Backspace alternate, so the text ends as it began and every keystroke is its own undo step (the
    // worst case for the undo stack, which is bounded: plugins/History). The first 1,000 keystrokes fill the undo
    // stack; the target is on the 2,000 after them: no growth beyond 10 %.
    name: `内存：${PUTIAN}文稿打开后 1,000 次按键，再 2,000 次按键（输入与退格交替）`,
    target: '后 2,000 次增长 ≤ 10 %',
    runs: 1,
    warmup: 0,
    setup: async () => {
      const c = await start();
      await throttle(c, 1);
      await openOnce(c, docs.get(PUTIAN)!);
      await c.page.waitForTimeout(1500);
      mem.open = await memory(c);
      await typeBurst(c, 1000, true);
      await c.page.waitForTimeout(1500);
      mem.warm = await memory(c);
    },
    run: async () => {
      const c = await start();
      await typeBurst(c, 2000, true);
      // Autosave and the checks run after a pause, as they do for the clerk.
      await c.page.waitForTimeout(1500);
      mem.after = await memory(c);
    },
    extra: () => ({
      'JS 堆（打开 → 1,000 → 3,000 次）': `${mb(mem.open?.JSHeapUsedSize)} → ${mb(mem.warm?.JSHeapUsedSize)} → ${mb(mem.after?.JSHeapUsedSize)}`,
      '后 2,000 次增长': pctChange(mem.warm?.JSHeapUsedSize, mem.after?.JSHeapUsedSize),
      'JS 堆总量': `${mb(mem.open?.JSHeapTotalSize)} → ${mb(mem.after?.JSHeapTotalSize)}`,
      '渲染进程常驻内存（打开 → 1,000 → 3,000 次）': `${mb(mem.open?.RendererRss)} → ${mb(mem.warm?.RendererRss)} → ${mb(mem.after?.RendererRss)}`,
      'DOM 节点': `${mem.open?.Nodes} → ${mem.after?.Nodes}`,
      '事件监听': `${mem.open?.JSEventListeners} → ${mem.after?.JSEventListeners}`,
    }),
  },
  openBench(`编辑器打开 ${BIG}文稿（130 个问题）到可输入`, '≤ 1 s', BIG, big, 1),
  { ...typingBench(`按键到绘制延迟（200 次输入，${BIG}）`, BIG, big, 1), teardown: stop },
];

export default benchmarks;
