// Where ../shared (design documents and the real notices used as fixtures) is: beside the repository, as on every
// developer machine and in CI, or wherever QICAO_SHARED points. Resolved from the working directory (npm scripts and
// vitest run at the repo root) so bundled benchmarks find it too.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

function findShared(): string {
  const candidates = [process.env.QICAO_SHARED, join(process.cwd(), '..', 'shared')].filter((p): p is string => Boolean(p));
  for (const c of candidates) if (existsSync(join(c, 'fixtures', 'notices'))) return resolve(c);
  throw new Error(`找不到样例通报目录 shared/fixtures（查找了：${candidates.join('、')}）。请把 shared/ 放在仓库旁边，或设置 QICAO_SHARED。`);
}

export const SHARED_DIR = findShared();
export const NOTICES_DIR = join(SHARED_DIR, 'fixtures', 'notices');
export const EXPECTED_DIR = join(SHARED_DIR, 'fixtures', 'expected');
