// The native zipper (core/node/fs/zip.ts) against real readers: JSZip and Info-ZIP's `unzip -t` read what it writes,
// and a DOCX exported through it holds the same parts, byte for byte, as docx's own packer writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { exportDocx } from '../../../core/node/export';
import { zipFiles } from '../../../core/node/fs/zip';
import { putianSizeDraft } from '../../support/synthetic-draft';

const dir = mkdtempSync(join(tmpdir(), 'qicao-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'));
  return out;
}

describe('zipFiles', () => {
  it('writes files in the order given, compressed, with names and bytes intact', async () => {
    const big = '整改措施'.repeat(5000);
    const files = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', big],
      ['word/media/空.bin', new Uint8Array(0)],
      ['bin', new Uint8Array([0, 1, 2, 255])],
    ]);
    const bytes = zipFiles(files, new Date(2026, 10, 27, 15, 4, 6));
    expect(bytes.length).toBeLessThan(Buffer.byteLength(big) / 10);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual([...files.keys()]);
    expect(await zip.file('word/document.xml')!.async('string')).toBe(big);
    expect([...(await zip.file('bin')!.async('uint8array'))]).toEqual([0, 1, 2, 255]);
    expect(zip.file('bin')!.date.getMinutes()).toBe(4);
    const path = join(dir, 't.zip');
    writeFileSync(path, bytes);
    expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('exportDocx (native zip) writes the parts docx’s own packer writes', async () => {
    const draft = putianSizeDraft();
    const path = join(dir, 'putian.docx');
    await exportDocx(draft, path);
    const native = await parts(readFileSync(path));
    const own = await parts(await buildDocx(draft));
    expect([...native.keys()]).toEqual([...own.keys()]);
    // Two builds differ only by the clock (core.xml) and by docx's process-wide bookmark counter (w:id).
    const same = (b: Uint8Array | undefined) =>
      Buffer.from(b ?? []).toString('utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T').replace(/ w:id="\d+"/g, ' w:id=""');
    for (const [name, data] of own) expect(same(native.get(name)), name).toBe(same(data));
  });
});
