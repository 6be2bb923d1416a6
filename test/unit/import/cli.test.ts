// The CLI contract: `qicao summary` prints one JSON object per DESIGN.md §5; `qicao import` writes a draft file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeShared, itShared } from '../../support/shared';
import { FIXTURES, expectedMismatches, noticePath, readExpected } from './support/fixtures';

const ROOT = resolve(__dirname, '../../..');
const SUMMARY_KEYS = ['docType', 'title', 'signer', 'date', 'sections', 'aspects', 'problems', 'measures', 'status', 'contact'];
let dir = '';

function qicao(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/qicao.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'qicao-cli-'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeShared('qicao summary of the real notices', () => describe.each(FIXTURES)('qicao summary %s', (name) => {
  it('prints exactly one JSON object with the contract keys, matching the expected file', () => {
    const r = qicao('summary', noticePath(name));
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(SUMMARY_KEYS);
    expect(expectedMismatches(json, readExpected(name))).toEqual([]);
  });

  it('imports to a draft whose summary is the same', () => {
    const out = join(dir, `${name}.qicao.json`);
    const r = qicao('import', noticePath(name), '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('文稿类型');
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('qicao-draft');
    expect(JSON.parse(qicao('summary', out).out)).toEqual(JSON.parse(qicao('summary', noticePath(name)).out));
  });
}));

describe('qicao import', () => {
  itShared('prints the report as JSON with --json', () => {
    const r = qicao('import', noticePath('haizhu-sfj-2020-report'), '-o', join(dir, 'hz.qicao.json'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { encoding: string; report: { counts: { problems: number }; statedCounts: unknown[] } };
    expect(json.encoding).toBe('utf-8');
    expect(json.report.counts.problems).toBe(57);
    expect(json.report.statedCounts).toContainEqual({ key: 'problems', stated: 58, computed: 57 });
  });

  it('fails with one Chinese line for a missing file and a usage error without a file', () => {
    const r = qicao('summary', join(dir, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.err.trim()).toMatch(/^错误：找不到文件/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(qicao('import').code).toBe(2);
  });
});
