// Runs every test/bench/*.bench.ts (bundled with esbuild) and prints a table: median, min–max, runs, target.
// `npm run bench [-- name-filter]`.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const filter = process.argv[2];
const dir = resolve('test/bench');
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)));
const outdir = resolve('.tmp/bench');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: files.map((f) => join(dir, f)),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const rows = [];
for (const f of files) {
  let mod;
  try {
    mod = await import(pathToFileURL(join(outdir, f.replace(/\.ts$/, '.mjs'))).href);
  } catch (e) {
    // E.g. a benchmark on the real notices where ../shared is absent: say so and run the others.
    console.log(`↓ ${f}: 跳过 / skipped — ${String(e?.message ?? e).split('\n')[0]}`);
    continue;
  }
  for (const b of mod.default) {
    await b.setup?.();
    for (let i = 0; i < (b.warmup ?? 1); i++) await b.run();
    const times = [];
    for (let i = 0; i < (b.runs ?? 10); i++) {
      const t0 = performance.now();
      const r = await b.run();
      times.push(typeof r?.ms === 'number' ? r.ms : performance.now() - t0);
    }
    const extra = b.extra?.() ?? {};
    await b.teardown?.();
    times.sort((a, c) => a - c);
    const med = times[Math.floor(times.length / 2)];
    const row = {
      name: b.name,
      median: fmt(med),
      spread: `${fmt(times[0])}–${fmt(times.at(-1))}`,
      runs: times.length,
      target: b.target ?? '',
      extra: Object.entries(extra).map(([k, v]) => `${k} ${v}`).join(', '),
    };
    rows.push(row);
    console.log(`· ${row.name}: ${row.median} (${row.spread}) ${row.extra}`);
  }
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

const cpu = cpus();
console.log(`\n${new Date().toISOString().slice(0, 10)} · ${cpu.length} × ${cpu[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}\n`);
console.log('| benchmark | median | min–max | runs | target | other figures |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.median} | ${r.spread} | ${r.runs} | ${r.target} | ${r.extra} |`);
