// Crash safety: a child that autosaves in a loop is killed with SIGKILL at random moments, 50 times; each time the
// database passes integrity_check and holds at least the last save the child reported. Also: a live second instance
// is refused, and a killed one's stale lock is taken over with recovery reported.
import Database from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryError, createLibrary } from '../../../core/node/library';
import { tempDir } from '../../support/library-drafts';

const ROOT = resolve(import.meta.dirname, '../../..');
// Inside the repo so the bundle resolves better-sqlite3 from node_modules.
const OUT_DIR = join(ROOT, '.tmp', `crash-test-${process.pid}`);
const CHILD = join(OUT_DIR, 'crash-child.mjs');
const dirs: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, 'fixtures/crash-child.ts')],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
});
afterAll(() => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Child {
  proc: ChildProcess;
  lines: string[];
  lastSaved: number;
  exited: Promise<void>;
  waitFor(pred: (line: string) => boolean, ms: number): Promise<void>;
}

function startChild(mode: 'autosave' | 'hold', dataDir: string): Child {
  const proc = spawn(process.execPath, [CHILD, mode, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const c: Child = {
    proc,
    lines: [],
    lastSaved: -1,
    exited: new Promise((r) => proc.once('exit', () => r())),
    waitFor: (pred, ms) =>
      new Promise((res, rej) => {
        if (c.lines.some(pred)) return res();
        const timer = setTimeout(() => rej(new Error(`child timeout; stderr: ${stderr}`)), ms);
        proc.stdout!.on('data', () => {
          if (c.lines.some(pred)) {
            clearTimeout(timer);
            res();
          }
        });
      }),
  };
  let buf = '';
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  proc.stdout!.on('data', (d: Buffer) => {
    buf += d.toString('utf8');
    const parts = buf.split('\n');
    buf = parts.pop()!;
    for (const line of parts) {
      c.lines.push(line);
      const m = /^saved (\d+)$/.exec(line);
      if (m) c.lastSaved = Number(m[1]);
    }
  });
  return c;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash safety', () => {
  it('survives 50 SIGKILLs during autosave with integrity and the last reported save intact', async () => {
    const dataDir = tempDir('qicao-crash-');
    dirs.push(dataDir);
    let lastStored = 0;
    let killsMidSave = 0;
    let recoveriesReported = 0;
    for (let run = 0; run < 50; run++) {
      const child = startChild('autosave', dataDir);
      // Random moment: sometimes during open/migration/backup, mostly amid the save loop.
      if (run % 10 === 3) await sleep(Math.random() * 60);
      else {
        await child.waitFor((l) => l.startsWith('saved '), 20_000);
        await sleep(Math.random() * 250);
      }
      child.proc.kill('SIGKILL');
      await child.exited;
      if (child.lastSaved > 0) killsMidSave++;
      if (run > 0 && child.lines.includes('recovery yes')) recoveriesReported++;

      const db = new Database(join(dataDir, 'qicao.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
        const row = db.prepare("SELECT json FROM drafts WHERE id = 'd_crashtest'").get() as { json: string } | undefined;
        const stored = row ? Number((JSON.parse(row.json) as { fields: { docNumber: string } }).fields.docNumber.slice(4)) : 0;
        expect(stored, `run ${run}: stored ${stored} < reported ${child.lastSaved}`).toBeGreaterThanOrEqual(child.lastSaved);
        expect(stored).toBeGreaterThanOrEqual(lastStored);
        lastStored = stored;
      } finally {
        db.close();
      }
    }
    expect(killsMidSave).toBeGreaterThanOrEqual(40);
    expect(recoveriesReported).toBeGreaterThanOrEqual(40);
    expect(lastStored).toBeGreaterThan(100);
    // A normal open afterwards: stale lock taken over, recovery offered, drafts intact.
    const lib = await createLibrary({ dataDir });
    expect(lib.recovery()?.drafts.map((d) => d.id)).toContain('d_crashtest');
    expect(lib.search.query({ text: '整改落实情况' }).length).toBe(1);
    lib.close();
    console.log(`crash test: 50 kills, ${killsMidSave} amid autosave, last stored save #${lastStored}`);
  }, 180_000);

  it('refuses a second live instance and takes over the lock of a killed one', async () => {
    const dataDir = tempDir('qicao-lock-');
    dirs.push(dataDir);
    const child = startChild('hold', dataDir);
    await child.waitFor((l) => l === 'ready', 20_000);
    try {
      await createLibrary({ dataDir });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LibraryError);
      expect((e as LibraryError).kind).toBe('locked');
      expect((e as Error).message).toMatch(/另一个起草窗口正在使用该资料库/);
    }
    child.proc.kill('SIGKILL');
    await child.exited;
    const lib = await createLibrary({ dataDir });
    expect(lib.session.previousCleanShutdown).toBe(false);
    lib.close();
  }, 60_000);
});
