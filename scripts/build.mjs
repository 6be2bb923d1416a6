// Builds the bundles: CLI and browser host (Node ESM), Electron main and preload (CJS), renderer (Vite).
// `node scripts/build.mjs [cli|electron|renderer]…` builds only those parts.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const parts = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const want = (p) => parts.length === 0 || parts.includes(p);
const define = { __QICAO_VERSION__: JSON.stringify(pkg.version) };

/** The summary's training run reads a notice of the project's own corpus (a county bureau's, with web-page chrome), so
 *  the importer's paths are compiled into the cache. */
const TRAINING_NOTICE = 'test/fixtures/notices/c01-xian-jiaoyuju-chrome.txt';
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
    summary: { inside: ['valibot'], train: () => ['summary', TRAINING_NOTICE, '--json'] },
  };
  const qicao = (args, env = {}) => execFileSync(process.execPath, ['dist/cli/qicao.mjs', ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
  for (const [name, { inside, train }] of Object.entries(scripts)) {
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
