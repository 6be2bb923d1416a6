// `npm test`: typecheck, lint, build, unit tests, then the browser tests in Chromium. Fails with a clear line when no
// browser is found (set CHROME_PATH to use another Chromium).
// `node scripts/test.mjs --tests-only [vitest args…]` runs only the tests (e.g. `--project unit`), with the same
// closing line; the clean-clone test uses it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tallyLines } from './test-tally.mjs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`找不到 Chromium（${chrome}）：浏览器测试需要它。请安装 Debian 的 chromium 软件包或设置 CHROME_PATH。`);
  console.error(`No Chromium at ${chrome}: the browser tests need it. Install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}

const testsOnly = process.argv.includes('--tests-only');
const vitestArgs = process.argv.slice(2).filter((a) => a !== '--tests-only');
const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-results.json', ...vitestArgs]],
].filter(([name]) => !testsOnly || name === 'tests');
mkdirSync('.tmp', { recursive: true });
rmSync('.tmp/vitest-results.json', { force: true });
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status})`);
    if (name === 'tests') printTally();
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
printTally();

function printTally() {
  let r = null;
  try {
    r = JSON.parse(readFileSync('.tmp/vitest-results.json', 'utf8'));
  } catch {
    // No report: vitest itself failed to start.
  }
  console.log(tallyLines(r, process.cwd()).join('\n'));
}
