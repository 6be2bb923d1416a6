// `qicao export` and `qicao summary` run from classic scripts with V8's code cache (hosts/cli/cached-script.ts, built
// by scripts/build.mjs). Proves that this Node accepts the caches the build wrote, that a stale cache is never used,
// and that the built commands behave as the sources do: the same Word file, a PDF and a ledger, the same summary,
// Chinese errors (not 内部错误) for mistakes.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { readDraftFile, writeDraftFile } from '../../../core/node/draft-file';
import { pdfPageCount } from '../../../core/node/export/record-page';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { summarize } from '../../../core/common/summary';
import { importNoticeFile } from '../../../hosts/cli/commands/import';
import { putianSizeDraft } from '../../support/synthetic-draft';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'dist/cli/cached/export.cjs');
const SUMMARY_SCRIPT = join(ROOT, 'dist/cli/cached/summary.cjs');
let dir = '';
let probe = '';

/** Runs runCachedScript on `file` in a fresh Node (as the CLI does) and says whether V8 used the cache. */
function cacheUsed(file: string, command = 'exportCommand'): boolean {
  const r = spawnSync(process.execPath, [probe, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { cacheUsed: boolean; commands: string[] };
  expect(out.commands).toContain(command);
  return out.cacheUsed;
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'qicao-cached-'));
  probe = join(dir, 'probe.mjs');
  await build({
    stdin: {
      contents: `import { runCachedScript } from ${JSON.stringify(join(ROOT, 'hosts/cli/cached-script.ts'))};
        const r = runCachedScript(process.argv[2]);
        const commands = Object.keys(r.exports).filter((k) => typeof r.exports[k]?.run === 'function');
        console.log(JSON.stringify({ cacheUsed: r.cacheUsed, commands }));`,
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: probe, logLevel: 'silent',
  });
  writeDraftFile(join(dir, 'putian.qicao.json'), putianSizeDraft());
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the cached export script', () => {
  it('is run with the code cache the build wrote', () => {
    expect(cacheUsed(SCRIPT)).toBe(true);
  });

  it('summary has its own script and cache, and prints the summary the sources compute', async () => {
    expect(cacheUsed(SUMMARY_SCRIPT, 'summaryCommand')).toBe(true);
    const draft = putianSizeDraft();
    writeFileSync(join(dir, 'notice.txt'), renderPlainText(draft));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/qicao.mjs'), 'summary', 'notice.txt'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const fromSources = summarize((await importNoticeFile(join(dir, 'notice.txt'))).draft);
    expect(fromSources.problems).toBeGreaterThan(30);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(fromSources)));
  });

  it('ignores a cache that belongs to another build of the script', () => {
    const copy = join(dir, 'export.cjs');
    // Same length, other text: V8 alone would accept the cache (it checks the length only).
    const source = readFileSync(SCRIPT, 'utf8');
    const changed = source.replace('docx version changed?', 'DOCX version changed?');
    expect(changed).not.toBe(source);
    writeFileSync(copy, changed);
    copyFileSync(`${SCRIPT}.cache`, `${copy}.cache`);
    expect(cacheUsed(copy)).toBe(false);
  });

  it('writes the Word file the sources write', async () => {
    const out = join(dir, 'out.docx');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/qicao.mjs'), 'export', 'putian.qicao.json', '--docx', out], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('已导出 Word 文件');
    const doc = async (b: Uint8Array) => (await (await JSZip.loadAsync(b)).file('word/document.xml')!.async('string')).replace(/ w:id="\d+"/g, '');
    expect(await doc(readFileSync(out))).toBe(await doc(await buildDocx(readDraftFile(join(dir, 'putian.qicao.json')))));
  });

  it('prints the PDF and the ledger too (playwright-core and exceljs are loaded from outside the script)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/qicao.mjs'), 'export', 'putian.qicao.json', '--pdf', 'out.pdf', '--ledger', 'ledger.xlsx'], {
      cwd: dir, encoding: 'utf8', timeout: 90_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(pdfPageCount(readFileSync(join(dir, 'out.pdf')))).toBeGreaterThan(10);
    expect(readFileSync(join(dir, 'ledger.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 90_000);

  it('reports a clerk’s mistake in Chinese with exit 1, not as 内部错误', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/qicao.mjs'), 'export', 'missing.qicao.json', '--docx', 'x.docx'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^错误：找不到文件/);
  });
});
