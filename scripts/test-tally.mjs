// The closing lines of `npm test`, from vitest's JSON report: "N passed, N failed, N skipped" (vitest's own summary is
// coloured and boxed). A test file that fails to load has no failed test of its own: it counts as one failure and is
// named above the line. Skipped tests that say why (the real notices of ../shared are missing) give the reason once.
import { relative } from 'node:path';

/** @param {any} r vitest's JSON report, or null when there is none; @param {string} cwd @returns {string[]} */
export function tallyLines(r, cwd) {
  if (!r) return ['', '0 passed, 1 failed, 0 skipped'];
  const files = r.testResults ?? [];
  const unloaded = files.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  const lines = unloaded.map((f) => `✗ 无法加载 / failed to load: ${relative(cwd, f.name)}: ${(f.message ?? '').split('\n')[0]}`);
  const reasons = new Set(
    files.flatMap((f) => f.assertionResults)
      .filter((a) => a.status !== 'passed' && a.status !== 'failed')
      .flatMap((a) => /（(跳过：.*)）$/.exec(a.title)?.[1] ?? []),
  );
  for (const why of reasons) lines.push(`↓ ${why}`);
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  lines.push('', `${r.numPassedTests} passed, ${r.numFailedTests + unloaded.length} failed, ${skipped} skipped`);
  return lines;
}
