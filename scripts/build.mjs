// Builds the bundles: CLI and browser host (Node ESM), Electron main and preload (CJS), renderer (Vite).
// `node scripts/build.mjs [cli|electron|renderer]…` builds only those parts.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const parts = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const want = (p) => parts.length === 0 || parts.includes(p);
const define = { __QICAO_VERSION__: JSON.stringify(pkg.version) };
const started = Date.now();

if (want('cli')) {
  await build({
    // The import worker is the browser host's thread for parsing big pastes (hosts/browser/worker-parser.ts).
    entryPoints: { qicao: 'hosts/cli/bin.ts', 'import-worker': 'hosts/browser/import-worker.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    define,
    logLevel: 'warning',
  });
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
console.log(`build: ${parts.length ? parts.join(', ') : 'all'} in ${Date.now() - started} ms`);
