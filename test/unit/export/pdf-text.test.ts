// The published PDF's text layer: copying or searching 日 finds 日, not the radical ⽇ the font also maps to it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../core/node/export';
import { unifyCMap, unifyIdeographText } from '../../../core/node/export/pdf-text';
import { FONTCONFIG_FILE, hasPoppler } from '../../support/render';
import { putianSizeDraft } from '../../support/synthetic-draft';

const hasChromium = existsSync(process.env.CHROME_PATH || '/usr/bin/chromium');
const RADICAL = /[\u2e80-\u2fdf]/u;

/** The text layer exactly as the PDF's ToUnicode maps name it (pdftohtml does not normalise, unlike pdftotext). */
const textLayer = (pdf: string): string =>
  execFileSync('pdftohtml', ['-xml', '-i', '-stdout', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });

const cmap = (entries: string) => `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n3 beginbfchar\n${entries}endbfchar\n1 beginbfrange\n<0100> <0101> <2F47>\nendbfrange\nendcmap\nend\nend\n`;

describe('ToUnicode maps', () => {
  it('rename radicals in bfchar entries, whatever their width, and keep everything else', () => {
    const out = unifyCMap(cmap('<0012> <D840DE28>\n<0013> <2F47>\n<AC> <2ED3>\n<0014> <65E5>\n'));
    expect(out).toContain('<0013> <65E5>\n');
    expect(out).toContain('<AC> <957F>\n');
    expect(out).toContain('<0012> <D840DE28>\n');
    expect(out).toContain('<0014> <65E5>\n');
    // A bfrange maps consecutive codes to consecutive code points: left as written.
    expect(out).toContain('<0100> <0101> <2F47>');
  });

  it('map a radical to an ideograph outside the BMP as a surrogate pair', () => {
    expect(unifyCMap(cmap('<0001> <2E87>\n'))).toContain('<0001> <D841DE28>');
  });

  it('are left alone when they name no radical', () => {
    expect(unifyCMap(cmap('<0014> <65E5>\n'))).toBeUndefined();
  });

  it('are replaced by an incremental update that keeps the original bytes', () => {
    const stream = deflateSync(Buffer.from(cmap('<0013> <2F47>\n'), 'latin1'));
    const head = '%PDF-1.4\n';
    const obj1 = '1 0 obj\n<</Type /Catalog>>\nendobj\n';
    const obj2 = `2 0 obj\n<</Type /Font /ToUnicode 3 0 R>>\nendobj\n`;
    const obj3a = `3 0 obj\n<</Filter /FlateDecode\n/Length ${stream.length}>> stream\n`;
    const parts = [Buffer.from(head + obj1 + obj2 + obj3a, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')];
    const body = Buffer.concat(parts);
    const off = (s: string) => String(body.indexOf(s)).padStart(10, '0');
    const xref = `xref\n0 4\n0000000000 65535 f \n${off('1 0 obj')} 00000 n \n${off('2 0 obj')} 00000 n \n${off('3 0 obj')} 00000 n \n`;
    const pdf = Buffer.concat([body, Buffer.from(`${xref}trailer\n<</Size 4\n/Root 1 0 R>>\nstartxref\n${body.length}\n%%EOF\n`, 'latin1')]);
    const out = Buffer.from(unifyIdeographText(pdf));
    expect(out.subarray(0, pdf.length).equals(pdf)).toBe(true);
    const tail = out.subarray(pdf.length).toString('latin1');
    expect(tail).toMatch(/3 0 obj\n<<\/Length \d+>> stream\n[\s\S]*<0013> <65E5>[\s\S]*endstream/);
    expect(tail).toContain(`/Prev ${body.length}>>`);
    // The new cross-reference entry points at the new object.
    const entry = /xref\n3 1\n(\d{10}) 00000 n \n/.exec(tail);
    expect(out.subarray(Number(entry![1]), Number(entry![1]) + 8).toString('latin1')).toBe('3 0 obj\n');
    expect(tail).toMatch(new RegExp(`startxref\\n${out.lastIndexOf('xref\n3 1')}\\n%%EOF\\n$`));
  });

  it('returns a file it cannot read as it was', () => {
    const odd = Buffer.from('%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n', 'latin1');
    expect(unifyIdeographText(odd)).toBe(odd);
  });
});

describe.skipIf(!hasChromium || !hasPoppler())('the exported PDF', () => {
  it('names ideographs in its text layer, never radicals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-pdftext-'));
    const path = join(dir, 'notice.pdf');
    await exportPdf(putianSizeDraft(), path, { env: { FONTCONFIG_FILE } });
    const text = textLayer(path);
    expect(text.match(new RegExp(RADICAL, 'gu')) ?? []).toEqual([]);
    // The characters fonts most often also map to a radical are there as ideographs.
    for (const ch of '日月一工') expect(text).toContain(ch);
    expect(readFileSync(path).toString('latin1')).toMatch(/\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
  }, 120_000);
});
