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
 * `qicao export` as one classic script with docx and valibot inside, and V8's code cache for it, taken from a training
 * export of a built-in template (hosts/cli/cached-script.ts runs it). Other packages stay outside, loaded when used.
 */
async function buildCachedScripts() {
  const inside = new Set(['docx', 'valibot']);
  await build({
    entryPoints: { export: 'hosts/cli/commands/export.ts' },
    outdir: 'dist/cli/cached',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [{
      name: 'outside',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) => (inside.has(a.path.split('/')[0]) ? undefined : { path: a.path, external: true }));
      },
    }],
    // Lazy `import('playwright-core')` etc. become require() where used, as in the Electron bundle.
    supported: { 'dynamic-import': false },
    define,
    logLevel: 'warning',
  });
  rmSync('dist/cli/cached/export.cjs.cache', { force: true });
  const tmp = mkdtempSync(join(tmpdir(), 'qicao-train-'));
  try {
    const qicao = (args, env = {}) => execFileSync(process.execPath, ['dist/cli/qicao.mjs', ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
    qicao(['new', '--template', 'rectification-notice', '-o', join(tmp, 'draft.qicao.json')]);
    qicao(['export', join(tmp, 'draft.qicao.json'), '--docx', join(tmp, 'draft.docx')], { QICAO_WRITE_CODE_CACHE: '1' });
  } catch (e) {
    // Without the cache `qicao export` only starts slower; the tests say why the training export failed.
    console.warn(`build: no code cache for qicao export (${String(e?.stderr ?? e).trim().split('\n')[0]})`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

console.log(`build: ${parts.length ? parts.join(', ') : 'all'} in ${Date.now() - started} ms`);
