// Start-up cost: each command loads only the packages it uses. Runs the built CLI with a module log
// (test/support/module-log.mjs) and reads which packages the process actually loaded; the Electron main bundle is
// checked through esbuild's metafile (its Electron runtime cannot run here).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDraftFile } from '../../../core/node/draft-file';
import { putianSizeDraft } from '../../support/synthetic-draft';

const ROOT = resolve(__dirname, '../../..');
const HEAVY = ['playwright-core', 'exceljs', 'mammoth', 'better-sqlite3'] as const;
let dir = '';
let n = 0;

/** The packages (node_modules/<name>) and app files a CLI run loaded. */
function loaded(log: string): { packages: Set<string>; files: string[] } {
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const packages = new Set(lines.flatMap((l) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(l)?.[1] ?? []));
  return { packages, files: lines.filter((l) => !l.includes('node_modules')) };
}

function qicaoLoads(...args: string[]): { packages: Set<string>; files: string[]; out: string } {
  const log = join(dir, `modules-${++n}.txt`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/support/module-log.mjs'), join(ROOT, 'bin/qicao.mjs'), ...args], {
    cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, QICAO_MODULE_LOG: log },
  });
  expect(r.status, r.stderr).toBe(0);
  return { ...loaded(log), out: r.stdout };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'qicao-lazy-'));
  writeDraftFile(join(dir, 'putian.qicao.json'), putianSizeDraft());
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the qicao command loads only what a command needs', () => {
  it('--version and templates load none of playwright-core, exceljs, mammoth, better-sqlite3, nor the browser host', () => {
    for (const args of [['--version'], ['templates']]) {
      const { packages, files, out } = qicaoLoads(...args);
      expect(out.length).toBeGreaterThan(0);
      for (const p of HEAVY) expect(packages.has(p), `${args.join(' ')} loaded ${p}`).toBe(false);
      expect(packages.has('docx'), `${args.join(' ')} loaded docx`).toBe(false);
      expect(files.filter((f) => /dist\/cli\/chunks\/serve-|dist\/renderer\//.test(f))).toEqual([]);
    }
  });

  it('--help lists every command without loading the PDF, spreadsheet or Word-reading packages', () => {
    const { packages, out } = qicaoLoads('--help');
    for (const c of ['templates', 'new', 'serve', 'check', 'import', 'summary', 'export']) expect(out).toContain(`qicao ${c}`);
    for (const p of ['playwright-core', 'exceljs', 'mammoth']) expect(packages.has(p), `--help loaded ${p}`).toBe(false);
  });

  it('export --docx loads none of the PDF, spreadsheet, Word-reading or SQLite packages (docx is inside its cached script)', () => {
    const { packages } = qicaoLoads('export', 'putian.qicao.json', '--docx', 'out.docx');
    for (const p of HEAVY) expect(packages.has(p), `export --docx loaded ${p}`).toBe(false);
    expect(packages.has('docx'), 'docx loaded from node_modules, not from dist/cli/cached/export.cjs').toBe(false);
  });

  it('export --ledger to .xlsx loads exceljs, and only then (the log sees what it must)', () => {
    const { packages } = qicaoLoads('export', 'putian.qicao.json', '--ledger', 'ledger.xlsx');
    expect(packages.has('exceljs')).toBe(true);
    expect(packages.has('playwright-core')).toBe(false);
  });

  it('serve starts with the library (better-sqlite3) but without playwright-core, exceljs, mammoth or docx', async () => {
    const log = join(dir, 'modules-serve.txt');
    writeFileSync(log, '');
    const child = spawn(process.execPath, ['--import', join(ROOT, 'test/support/module-log.mjs'), join(ROOT, 'bin/qicao.mjs'), 'serve', '--data', join(dir, 'data')], {
      cwd: dir, env: { ...process.env, QICAO_MODULE_LOG: log }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('http://127.0.0.1:')) ok();
        });
        child.once('exit', (code) => fail(new Error(`serve exited (${code})`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    const { packages } = loaded(log);
    expect(packages.has('better-sqlite3')).toBe(true);
    for (const p of ['playwright-core', 'exceljs', 'mammoth', 'docx']) expect(packages.has(p), `serve loaded ${p}`).toBe(false);
  });
});

describe('the Electron main process', () => {
  it('requires playwright-core, exceljs and mammoth only inside the functions that use them', async () => {
    const r = await build({
      entryPoints: [join(ROOT, 'electron/main.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external',
      write: false, metafile: true, outdir: join(dir, 'electron'), logLevel: 'silent', define: { __QICAO_VERSION__: '"test"' },
    });
    const imports = Object.values(r.metafile.inputs).flatMap((i) => i.imports);
    const eager = imports.filter((i) => ['playwright-core', 'exceljs', 'mammoth'].includes(i.path) && i.kind !== 'dynamic-import');
    expect(eager).toEqual([]);
    // The check bites: these packages are imported, lazily.
    expect(imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)).toEqual(expect.arrayContaining(['exceljs', 'mammoth', 'playwright-core']));
  });
});
