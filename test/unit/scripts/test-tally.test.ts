// The closing line of `npm test` counts a test file that fails to load as failed, and names skipped tests' reason.
import { expect, it } from 'vitest';
import { tallyLines } from '../../../scripts/test-tally.mjs';

const ok = (title: string) => ({ title, status: 'passed' });

it('counts a file that failed to load as one failure and names it', () => {
  const lines = tallyLines({
    numPassedTests: 2, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0,
    testResults: [
      { name: '/repo/test/unit/a.test.ts', status: 'passed', assertionResults: [ok('a'), ok('b')] },
      { name: '/repo/test/unit/b.test.ts', status: 'failed', message: "Cannot find module '../shared/x'\n  at …", assertionResults: [] },
    ],
  }, '/repo');
  expect(lines.at(-1)).toBe('2 passed, 1 failed, 0 skipped');
  expect(lines).toContain("✗ 无法加载 / failed to load: test/unit/b.test.ts: Cannot find module '../shared/x'");
});

it('does not count a file twice when its tests failed, and gives each skip reason once', () => {
  const lines = tallyLines({
    numPassedTests: 1, numFailedTests: 1, numPendingTests: 2, numTodoTests: 0,
    testResults: [
      { name: '/repo/t.test.ts', status: 'failed', assertionResults: [ok('a'), { title: 'b', status: 'failed' }] },
      { name: '/repo/u.test.ts', status: 'skipped', assertionResults: [
        { title: 'x（跳过：未找到真实通报 shared）', status: 'skipped' }, { title: 'y（跳过：未找到真实通报 shared）', status: 'pending' }] },
    ],
  }, '/repo');
  expect(lines.at(-1)).toBe('1 passed, 1 failed, 2 skipped');
  expect(lines.filter((l) => l.startsWith('↓'))).toEqual(['↓ 跳过：未找到真实通报 shared']);
});

it('reports a failure when there is no report at all', () => {
  expect(tallyLines(null, '/repo').at(-1)).toBe('0 passed, 1 failed, 0 skipped');
});
