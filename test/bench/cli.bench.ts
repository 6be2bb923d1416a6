// Whole-process timings as a clerk meets them: `qicao --version`, `qicao summary` and `qicao export --docx` of the
// putian notice (median of 10 process runs), LibreOffice converting the same text to .docx side by side, `qicao serve`
// to the page being interactive, and a second PDF export of an edited draft from the running browser host (Chromium
// kept warm).
// Needs `node scripts/build.mjs` first. QICAO_BENCH_ROOT=<another checkout> measures that checkout's CLI instead
// (how the "before" figures were taken).
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Draft } from '../../core/common/model/types';
import { buildPrintHtml } from '../../core/common/print';
import { renderPlainText } from '../../core/common/render/plain-text';
import { openPrintPage, printOnPage } from '../../core/node/export/export-pdf';
import { readDraftFile, writeDraftFile } from '../../core/node/draft-file';
import { launchChromium } from '../support/browser';
import { treeCpuMs } from './tree-cpu';
import { HAS_SHARED, NOTICES_DIR } from '../support/shared';
import { putianSizeDraft, withEdit } from '../support/synthetic-draft';
import type { Benchmark } from './harness';

const ROOT = resolve(process.env.QICAO_BENCH_ROOT ?? process.cwd());
const BIN = join(ROOT, 'bin/qicao.mjs');
const dir = mkdtempSync(join(tmpdir(), 'qicao-bench-cli-'));
const draftFile = join(dir, 'putian.qicao.json');
const noticeFile = join(dir, 'putian.txt');
let docxMs: number[] = [];
let sofficeMs: number[] = [];

/** The putian notice (real text from ../shared where present, else the synthetic putian-size draft as text). */
function preparePutian(): void {
  if (existsSync(draftFile)) return;
  if (HAS_SHARED) {
    writeFileSync(noticeFile, readFileSync(join(NOTICES_DIR, 'putian-sfj-2025-notice.txt')));
    const r = spawnSync(process.execPath, [BIN, 'import', noticeFile, '-o', draftFile], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  } else {
    const d = putianSizeDraft();
    writeDraftFile(draftFile, d);
    writeFileSync(noticeFile, renderPlainText(d));
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** CPU seconds (user + system) of each timed run, per benchmark: less sensitive than wall time to a busy machine. */
const cpu = new Map<string, number[]>();
const TIME = '/usr/bin/time';

const qicao = (...args: string[]): void => {
  const cpuFile = join(dir, 'cpu.txt');
  const withTime = existsSync(TIME);
  const r = withTime
    ? spawnSync(TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, BIN, ...args], { cwd: dir, stdio: 'pipe' })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`qicao ${args.join(' ')}: ${r.stderr}`);
  if (withTime) {
    const [u, s] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    const key = args[0]!;
    cpu.set(key, [...(cpu.get(key) ?? []), ((u ?? 0) + (s ?? 0)) * 1000]);
  }
};
const cpuExtra = (key: string) => (): Record<string, string> => (cpu.has(key) ? { 'CPU（用户+系统）中位数': `${median(cpu.get(key)!).toFixed(0)} ms` } : {});

/** `qicao serve` as a child; resolves with its URL once it prints it. */
function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data', dataDir], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) ok({ child, url: m[1]! });
    });
    child.once('exit', (code) => fail(new Error(`qicao serve exited (${code})`)));
  });
}
const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((ok) => {
    if (child.exitCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  });

let browser: Browser | null = null;
let page: Page | null = null;
let host: { child: ChildProcess; url: string } | null = null;
let draftId = '';
let pdfDraft: Draft | null = null;
let revision = '';
let edits = 0;

async function apiCall(channel: string, input: unknown): Promise<unknown> {
  return page!.evaluate(async ({ channel, input }) => {
    const res = await fetch(`./api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qicao-Token': sessionStorage.getItem('qicao.token') ?? '' },
      body: JSON.stringify(input),
    });
    if (!res.ok) throw new Error(await res.text());
    return ((await res.json()) as { result: unknown }).result;
  }, { channel, input });
}

/** The browser host with the putian draft saved and exported to PDF once (Chromium warm, the draft's options known). */
async function startPdfHost(): Promise<void> {
  preparePutian();
  browser = await launchChromium();
  page = await browser.newPage();
  host = await serve(mkdtempSync(join(dir, 'data-')));
  await page.goto(host.url);
  await page.locator('.draft-list').waitFor();
  pdfDraft = readDraftFile(draftFile);
  revision = ((await apiCall('drafts.save', { draft: pdfDraft })) as { updatedAt: string }).updatedAt;
  draftId = pdfDraft.id;
  await apiCall('export.pdf', { id: draftId });
}
async function stopPdfHost(): Promise<void> {
  if (host) await stopChild(host.child);
  await browser?.close();
  browser = null;
  host = null;
}
/** One more character typed into the first paragraph, saved (not timed): nothing may reuse the previous PDF. */
async function saveEdit(): Promise<void> {
  edits++;
  const draft = withEdit(pdfDraft!, `${edits % 10}`);
  revision = ((await apiCall('drafts.save', { draft, base: revision })) as { updatedAt: string }).updatedAt;
}

/** The PDF export after an edit saved `pauseMs` before it, with the CPU of the host and its Chromium during the export. */
function secondPdfBench(name: string, pauseMs: number): Benchmark {
  const cpu: number[] = [];
  return {
    name,
    target: '≤ 300 ms',
    runs: 10,
    warmup: 1,
    setup: startPdfHost,
    run: async () => {
      await saveEdit();
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      const c0 = treeCpuMs(host!.child.pid!);
      const t0 = performance.now();
      await apiCall('export.pdf', { id: draftId });
      const ms = performance.now() - t0;
      cpu.push(treeCpuMs(host!.child.pid!) - c0);
      return { ms };
    },
    extra: () => ({ 'CPU（宿主+Chromium）中位数': `${median(cpu).toFixed(0)} ms` }),
    teardown: stopPdfHost,
  };
}

const benchmarks: Benchmark[] = [
  {
    name: '进程：qicao --version',
    target: '≤ 150 ms',
    runs: 10,
    run: () => qicao('--version'),
    extra: cpuExtra('--version'),
  },
  {
    name: '进程：qicao templates',
    runs: 10,
    run: () => qicao('templates'),
    extra: cpuExtra('templates'),
  },
  {
    name: '进程：qicao summary putian 通报',
    target: '≤ 300 ms',
    runs: 10,
    setup: preparePutian,
    run: () => qicao('summary', noticeFile),
    extra: cpuExtra('summary'),
  },
  {
    name: '进程：qicao export --docx putian',
    target: '≤ 400 ms；≥ 5 × soffice',
    runs: 10,
    setup: () => {
      preparePutian();
      docxMs = [];
      sofficeMs = [];
    },
    // Each run times qicao and then LibreOffice on the same text, so both see the same machine load.
    run: () => {
      const t0 = performance.now();
      qicao('export', draftFile, '--docx', join(dir, 'qicao.docx'));
      const t1 = performance.now();
      const soffice = ['--headless', '--norestore', '--convert-to', 'docx', '--outdir', join(dir, 'soffice'), noticeFile];
      const cpuFile = join(dir, 'soffice-cpu.txt');
      if (existsSync(TIME)) execFileSync(TIME, ['-f', '%U %S', '-o', cpuFile, 'soffice', ...soffice], { env: { ...process.env, HOME: dir }, stdio: 'pipe' });
      else execFileSync('soffice', soffice, { env: { ...process.env, HOME: dir }, stdio: 'pipe' });
      docxMs.push(t1 - t0);
      sofficeMs.push(performance.now() - t1);
      if (existsSync(TIME)) {
        const [u, sys] = readFileSync(join(dir, 'soffice-cpu.txt'), 'utf8').trim().split(/\s+/).slice(-2).map(Number);
        cpu.set('soffice', [...(cpu.get('soffice') ?? []), ((u ?? 0) + (sys ?? 0)) * 1000]);
      }
      return { ms: t1 - t0 };
    },
    extra: () => ({
      'qicao 中位数': `${median(docxMs).toFixed(0)} ms`,
      'soffice --convert-to docx 中位数': `${median(sofficeMs).toFixed(0)} ms`,
      '倍数': `${(median(sofficeMs) / median(docxMs)).toFixed(1)} ×`,
      ...cpuExtra('export')(),
      // CPU side by side too: on a shared machine the wall ratio mostly says who waited longer for a core.
      ...(cpu.has('soffice') && cpu.has('export')
        ? { 'soffice CPU 中位数': `${median(cpu.get('soffice')!).toFixed(0)} ms`, 'CPU 倍数': `${(median(cpu.get('soffice')!) / median(cpu.get('export')!)).toFixed(1)} ×` }
        : {}),
    }),
  },
  {
    name: '浏览器宿主：qicao serve 到页面可操作',
    target: '≤ 1.5 s',
    runs: 10,
    setup: async () => {
      browser = await launchChromium();
      page = await browser.newPage();
    },
    run: async () => {
      const t0 = performance.now();
      const s = await serve(mkdtempSync(join(dir, 'data-')));
      await page!.goto(s.url);
      await page!.locator('.draft-list').waitFor();
      const ms = performance.now() - t0;
      void stopChild(s.child);
      return { ms };
    },
    teardown: async () => {
      await browser?.close();
      browser = null;
    },
  },
  // A clerk's second export follows an edit: at once, or, as a clerk mostly does it, after a pause (reading it over,
  // opening the export menu) in which the host prints the saved text ahead (core/node/services/print-ahead.ts); the
  // export delivers that print once its print view is that very HTML.
  secondPdfBench('浏览器宿主：第二次及以后导出 PDF（putian）', 0),
  secondPdfBench('浏览器宿主：第二次导出 PDF，改一字保存后停 4 秒再导出（停顿中已预先打印）', 4_000),
  {
    // The floor under the two rows above: Chromium alone printing the same print view (one edit before each) on a warm
    // print page — no host, no HTTP, no text-layer fix. Nearly all of a PDF export is this call.
    name: '对照：Chromium 本身——同一打印页在已打开的打印页上 setContent + page.pdf（putian，每次前改一字）',
    target: '对照（Chromium 本身）',
    runs: 10,
    warmup: 1,
    setup: async () => {
      preparePutian();
      pdfDraft = readDraftFile(draftFile);
      browser = await launchChromium();
      page = await openPrintPage(browser);
    },
    run: async () => {
      edits++;
      const html = buildPrintHtml(withEdit(pdfDraft!, `${edits % 10}`));
      const t0 = performance.now();
      await printOnPage(page!, html);
      return { ms: performance.now() - t0 };
    },
    teardown: async () => {
      await browser?.close();
      browser = null;
      page = null;
    },
  },
];

export default benchmarks;
