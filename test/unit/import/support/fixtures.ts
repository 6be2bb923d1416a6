// Access to the real fixture notices in ../shared (the signature lives in signature.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../../support/shared';

export const FIXTURE_DIR = join(SHARED_DIR, 'fixtures');
export const FIXTURES = ['putian-sfj-2025-notice', 'haizhu-sfj-2020-report', 'qingcheng-sfj-2021-summary'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export const noticePath = (name: string): string => `${FIXTURE_DIR}/notices/${name}.txt`;
export const readNotice = (name: string): string => readFileSync(noticePath(name), 'utf8');
export const readExpected = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${FIXTURE_DIR}/expected/${name}.json`, 'utf8')) as Record<string, unknown>;

export { expectedMismatches, signature } from './signature';
