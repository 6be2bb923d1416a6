// `npm test`: typecheck, lint, build, unit tests, then the browser tests in Chromium. Fails with a clear line when no
// browser is found (set CHROME_PATH to use another Chromium).
// `node scripts/test.mjs --tests-only [vitest args…]` runs only the tests (e.g. `--project unit`), with the same
// closing line; the clean-clone test uses it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

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

/**
 * The plain closing line CI tools read: "N passed, N failed, N skipped" (vitest's own summary is coloured and boxed).
 * A test file that fails to load has no failed test of its own: it counts as one failure, named above the line.
 * Skipped tests that say why (the real notices of ../shared are missing) give their reason once.
 */
function printTally() {
  let r;
  try {
    r = JSON.parse(readFileSync('.tmp/vitest-results.json', 'utf8'));
  } catch {
    console.log('\n0 passed, 1 failed, 0 skipped');
    return;
  }
  const files = r.testResults ?? [];
  const unloaded = files.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  for (const f of unloaded) console.log(`✗ 无法加载 / failed to load: ${relative(process.cwd(), f.name)}: ${(f.message ?? '').split('\n')[0]}`);
  const reasons = new Set(
    files.flatMap((f) => f.assertionResults)
      .filter((a) => a.status !== 'passed' && a.status !== 'failed')
      .flatMap((a) => /（(跳过：.*)）$/.exec(a.title)?.[1] ?? []),
  );
  for (const why of reasons) console.log(`↓ ${why}`);
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests + unloaded.length} failed, ${skipped} skipped`);
}
