// Builds the bundles: CLI and browser host (Node ESM), Electron main and preload (CJS), renderer (Vite).
// `node scripts/build.mjs [cli|electron|renderer]…` builds only those parts.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const parts = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const want = (p) => parts.length === 0 || parts.includes(p);
const define = { __QICAO_VERSION__: JSON.stringify(pkg.version) };

/** A short notice in the usual form, for the training run of `qicao summary` (it must go through the importer). */
const TRAINING_NOTICE = [
  '中共某某县某某局党组关于巡察整改进展情况的通报',
  '根据县委巡察工作统一部署，2024年3月1日至4月30日，县委第一巡察组对某某局党组开展了常规巡察。2024年6月5日，巡察组向某某局党组反馈了巡察意见。现将巡察整改进展情况予以公布。',
  '一、提高政治站位，扛牢整改责任',
  '局党组把巡察整改作为重大政治任务，成立整改工作领导小组，制定整改方案，明确责任分工和完成时限。',
  '二、巡察反馈问题整改落实情况',
  '（一）贯彻落实党的路线方针政策方面',
  '1.学习贯彻不够深入的问题。整改情况：一是制定学习计划；二是开展专题研讨3次。已完成整改。',
  '2.推动发展措施不够有力的问题。整改情况：一是梳理重点任务清单；二是建立月调度机制。正在推进。',
  '三、下一步工作打算',
  '局党组将持续巩固整改成果，建立长效机制。',
  '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0000-1234567；邮政信箱：某某县某某路1号。',
  '中共某某县某某局党组',
  '2024年9月10日',
].join('\n');
const started = Date.now();

if (want('cli')) {
  const cli = await build({
    // The import worker is the browser host's thread for parsing big pastes (hosts/browser/worker-parser.ts).
    entryPoints: { qicao: 'hosts/cli/bin.ts', 'import-worker': 'hosts/browser/import-worker.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    // One chunk per command (they are imported when run), so `qicao --version` loads only the entry.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    define: { ...define, __QICAO_CACHED_SCRIPTS__: 'true' },
    logLevel: 'warning',
  });
  // Drop chunks of earlier builds (hashed names), keeping what this build wrote; never the folder itself, since tests
  // may be running the CLI while another test rebuilds it.
  const current = new Set(Object.keys(cli.metafile.outputs).map((f) => f.replace(/^dist\/cli\/chunks\//, '')));
  for (const f of readdirSync('dist/cli/chunks')) if (!current.has(f)) rmSync(`dist/cli/chunks/${f}`, { force: true });
  await buildCachedScripts();
}
if (want('electron')) {
  const { existsSync } = await import('node:fs');
  if (existsSync('electron/main.ts')) {
    await build({
      entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
      outdir: 'dist/electron',
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3', 'playwright-core'],
      packages: 'external',
      // Lazy `import('exceljs')` etc. become `Promise.resolve().then(() => require(…))`: still loaded only when used,
      // and require() reads packages inside app.asar everywhere Electron runs.
      supported: { 'dynamic-import': false },
      sourcemap: 'linked',
      define,
      logLevel: 'warning',
    });
  }
}
if (want('renderer')) {
  const { existsSync } = await import('node:fs');
  if (existsSync('renderer/index.html')) {
    const { build: viteBuild } = await import('vite');
    await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
  }
}
/**
 * `qicao export` and `qicao summary` as classic scripts (valibot inside; docx inside export) with V8's code cache for
 * each, taken from a training run (hosts/cli/cached-script.ts runs them). Other packages stay outside, loaded when used.
 */
async function buildCachedScripts() {
  const scripts = {
    export: { inside: ['docx', 'valibot'], train: (tmp, qicao) => {
      qicao(['new', '--template', 'rectification-notice', '-o', join(tmp, 'draft.qicao.json')]);
      return ['export', join(tmp, 'draft.qicao.json'), '--docx', join(tmp, 'draft.docx')];
    } },
    summary: { inside: ['valibot'], train: (tmp) => {
      writeFileSync(join(tmp, 'notice.txt'), TRAINING_NOTICE);
      return ['summary', join(tmp, 'notice.txt'), '--json'];
    } },
  };
  for (const [name, { inside }] of Object.entries(scripts)) {
    const within = new Set(inside);
    await build({
      entryPoints: { [name]: `hosts/cli/commands/${name}.ts` },
      outdir: 'dist/cli/cached',
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      plugins: [{
        name: 'outside',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => (within.has(a.path.split('/')[0]) ? undefined : { path: a.path, external: true }));
        },
      }],
      // Lazy `import('playwright-core')` etc. become require() where used, as in the Electron bundle.
      supported: { 'dynamic-import': false },
      define,
      logLevel: 'warning',
    });
    rmSync(`dist/cli/cached/${name}.cjs.cache`, { force: true });
  }
  const qicao = (args, env = {}) => execFileSync(process.execPath, ['dist/cli/qicao.mjs', ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
  for (const [name, { train }] of Object.entries(scripts)) {
    const tmp = mkdtempSync(join(tmpdir(), 'qicao-train-'));
    try {
      qicao(train(tmp, qicao), { QICAO_WRITE_CODE_CACHE: '1' });
    } catch (e) {
      // Without the cache the command only starts slower; the tests say why the training run failed.
      console.warn(`build: no code cache for qicao ${name} (${String(e?.stderr ?? e).trim().split('\n')[0]})`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

console.log(`build: ${parts.length ? parts.join(', ') : 'all'} in ${Date.now() - started} ms`);
