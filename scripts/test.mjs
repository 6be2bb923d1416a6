// `npm test`: typecheck, lint, build, unit tests, then the browser tests in Chromium. Fails with a clear line when no
// browser is found (set CHROME_PATH to use another Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`找不到 Chromium（${chrome}）：浏览器测试需要它。请安装 Debian 的 chromium 软件包或设置 CHROME_PATH。`);
  console.error(`No Chromium at ${chrome}: the browser tests need it. Install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-results.json']],
];
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

/** The plain closing line CI tools read: "N passed, N failed" (vitest's own summary is coloured and boxed). */
function printTally() {
  try {
    const r = JSON.parse(readFileSync('.tmp/vitest-results.json', 'utf8'));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  } catch {
    console.log('\n0 passed, 1 failed');
  }
}
