// "Two commands on any fresh machine": a clone of HEAD in an empty folder, with no ../shared beside it, runs the unit
// tests green and says in its closing line how many real-notice tests it skipped. node_modules is symlinked from this
// checkout (the dependencies are the lockfile's either way; a second `npm ci` would cost minutes and the network).
// Committed files only: uncommitted changes are not in the clone.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const parent = mkdtempSync(join(tmpdir(), 'qicao-clone-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

it('a fresh clone without ../shared passes its unit tests and reports the real-notice tests as skipped', () => {
  const clone = join(parent, 'qicao');
  execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, clone]);
  execFileSync('git', ['-C', clone, 'checkout', '--quiet', execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()]);
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  expect(existsSync(join(parent, 'shared'))).toBe(false);

  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.QICAO_SHARED;
  for (const k of Object.keys(env)) if (k.startsWith('VITEST')) delete env[k];
  const r = spawnSync(process.execPath, ['scripts/test.mjs', '--tests-only', '--project', 'unit'], {
    cwd: clone, env, encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${r.stdout}\n${r.stderr}`;
  const closing = r.stdout.trim().split('\n').at(-1) ?? '';
  const m = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(closing);
  expect(m, out.slice(-4000)).not.toBeNull();
  expect(Number(m![2]), out.slice(-4000)).toBe(0);
  expect(Number(m![1])).toBeGreaterThan(100);
  expect(Number(m![3])).toBeGreaterThan(0);
  expect(r.stdout).toContain('跳过：未找到真实通报');
  expect(r.status, out.slice(-4000)).toBe(0);
}, 16 * 60_000);
