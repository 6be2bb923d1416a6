// Where ../shared (design documents and the real notices used as fixtures) is: beside the repository, as on every
// developer machine and in CI, or wherever QICAO_SHARED points. Resolved from the working directory (npm scripts and
// vitest run at the repo root) so bundled benchmarks find it too.
// On a fresh clone with nothing beside it the real notices are absent: tests that need them are reported as skipped,
// with the reason in their name (describeShared), instead of failing to load.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

const CANDIDATES = [process.env.QICAO_SHARED, join(process.cwd(), '..', 'shared')].filter((p): p is string => Boolean(p));
const FOUND = CANDIDATES.find((c) => existsSync(join(c, 'fixtures', 'notices')));

/** True where the real notices of ../shared are available. */
export const HAS_SHARED = FOUND !== undefined;

/** Why the real-notice tests were skipped; test/scripts print it (scripts/test.mjs looks for the marker 跳过). */
export const NO_SHARED_REASON =
  `跳过：未找到真实通报 shared/fixtures/notices，已查找 ${CANDIDATES.map((c) => resolve(c)).join('、')}；把 shared/ 放在仓库旁边或设置 QICAO_SHARED 即可运行`;

/** The shared folder; where it is absent, the path it was looked for at (reading from it is only done where HAS_SHARED). */
export const SHARED_DIR = resolve(FOUND ?? CANDIDATES.at(-1)!);
export const NOTICES_DIR = join(SHARED_DIR, 'fixtures', 'notices');
export const EXPECTED_DIR = join(SHARED_DIR, 'fixtures', 'expected');

/**
 * `describe` for tests that read the real notices. Without ../shared the block is not collected (its body reads the
 * files): one skipped test named with the block and the reason stands for it in the report.
 */
export function describeShared(name: string, body: () => void): void {
  if (HAS_SHARED) describe(name, body);
  else it.skip(`${name}（${NO_SHARED_REASON}）`, () => undefined);
}

/** `it` for a single test that reads the real notices, in a block that otherwise runs everywhere. */
export function itShared(name: string, fn: () => unknown, timeout?: number): void {
  if (HAS_SHARED) it(name, fn, timeout);
  else it.skip(`${name}（${NO_SHARED_REASON}）`, () => undefined);
}
