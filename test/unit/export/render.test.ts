// Rendered output: the DOCX through LibreOffice and the print view through Chromium, measured on the PDFs.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { exportPdf } from '../../../core/node/export';
import {
  FONTCONFIG_FILE, PT_PER_MM, type PdfPage, hanziCount, hasPoppler, hasSoffice, isPageNumber, meanPngDifference, pageLines,
  pdfPageCount, pdfPages, pdfToPngs, sofficeToPdfWordRules,
} from '../../support/render';
import { putianSizeDraft } from '../../support/synthetic-draft';

const REF = resolve('test/reference');
const dir = mkdtempSync(join(tmpdir(), 'qicao-render-'));
const hasChromium = existsSync(process.env.CHROME_PATH || '/usr/bin/chromium');

/** Body lines of a page (page number excluded). */
const bodyLines = (p: PdfPage) => pageLines(p).filter((l) => !isPageNumber(l.text));

function checkGrid(pages: PdfPage[]): { maxLines: number; fullPages: number; maxChars: number; fullLines: number } {
  let maxLines = 0;
  let fullPages = 0;
  let maxChars = 0;
  let fullLines = 0;
  for (const p of pages.slice(0, -1)) {
    const lines = bodyLines(p);
    maxLines = Math.max(maxLines, lines.length);
    if (lines.length === 22) fullPages++;
    for (const l of lines) {
      // A line ending in hanging punctuation may show one more mark; count 汉字 and marks without the last char.
      const n = hanziCount(l.text.slice(0, -1)) + 1;
      maxChars = Math.max(maxChars, n);
      if (n === 28) fullLines++;
    }
  }
  return { maxLines, fullPages, maxChars, fullLines };
}

const numberHeights: number[] = [];

function checkPageNumbers(pages: PdfPage[], skipLast = false): void {
  const list = skipLast ? pages.slice(0, -1) : pages;
  list.forEach((p, i) => {
    const n = i + 1;
    const num = pageLines(p).find((l) => isPageNumber(l.text));
    expect(num, `page ${n} has a page number`).toBeDefined();
    expect(num!.text.replace(/\s/g, '')).toBe(`—${n}—`);
    const typeRight = p.width - 26 * PT_PER_MM;
    const typeLeft = 28 * PT_PER_MM;
    // 7.5: odd pages 右空一字, even pages 左空一字 (1 字 = 16 pt), ±1 mm.
    if (n % 2) expect(Math.abs(num!.xMax - (typeRight - 16))).toBeLessThan(1.5 * PT_PER_MM);
    else expect(Math.abs(num!.xMin - (typeLeft + 16))).toBeLessThan(1.5 * PT_PER_MM);
    // 一字线 7 mm below the 版心 = 28 mm above the edge; the word box centre stands in for the dash, ±1.5 mm.
    const fromBottom = (p.height - num!.y) / PT_PER_MM;
    numberHeights.push(fromBottom);
    expect(Math.abs(fromBottom - 28)).toBeLessThan(1.5);
  });
}

function compareWithReference(pngs: string[], names: string[]): number[] {
  mkdirSync(REF, { recursive: true });
  return pngs.map((png, i) => {
    const ref = join(REF, names[i]!);
    if (!existsSync(ref) || process.env.UPDATE_REFERENCE) {
      copyFileSync(png, ref);
      return 0;
    }
    return meanPngDifference(png, ref);
  });
}

describe.skipIf(!hasSoffice() || !hasPoppler())('DOCX rendered by LibreOffice', () => {
  let pdf: string;
  let pages: PdfPage[];
  beforeAll(async () => {
    const docx = join(dir, 'putian.docx');
    writeFileSync(docx, await buildDocx(putianSizeDraft()));
    // With Word's meaning of autoSpaceDE and overflowPunct, which LibreOffice misreads (see sofficeToPdfWordRules).
    pdf = sofficeToPdfWordRules(docx, dir);
    pages = pdfPages(pdf);
  }, 120_000);

  it('is A4 and text is extractable', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(Math.round(pages[0]!.width)).toBe(595);
    expect(Math.round(pages[0]!.height)).toBe(842);
    expect(bodyLines(pages[0]!).map((l) => l.text).join('')).toContain('根据市委统一部署');
  });
  it('has 22 lines on a full page and 28 字 on a full line', () => {
    const g = checkGrid(pages);
    expect(g.maxLines).toBe(22);
    expect(g.fullPages).toBeGreaterThan(5);
    expect(g.maxChars).toBe(28);
    expect(g.fullLines).toBeGreaterThan(200);
    console.info(`LibreOffice: ${pages.length} pages, ${g.fullPages} pages of 22 lines, ${g.fullLines} lines of 28 字`);
  });
  it('starts the 版心 at 37 mm / 28 mm', () => {
    const first = bodyLines(pages[2]!)[0]!;
    expect(Math.abs(first.xMin / PT_PER_MM - 28)).toBeLessThan(1 + 2 * 5.57); // a paragraph may start 2 字 in
    const lefts = pages.slice(1, 6).flatMap(bodyLines).map((l) => l.xMin / PT_PER_MM);
    expect(Math.abs(Math.min(...lefts) - 28)).toBeLessThan(1);
  });
  it('numbers pages "— N —" right on odd pages, left on even pages', () => checkPageNumbers(pages));
  it('keeps the first two pages close to the reference PNGs', () => {
    const diffs = compareWithReference(pdfToPngs(pdf, join(dir, 'lo'), 1, 2), ['putian-docx-libreoffice-p1.png', 'putian-docx-libreoffice-p2.png']);
    for (const d of diffs) expect(d).toBeLessThan(4);
  });
});

describe.skipIf(!hasChromium || !hasPoppler())('print view rendered by Chromium', () => {
  let pdf: string;
  let pages: PdfPage[];
  beforeAll(async () => {
    pdf = join(dir, 'putian-print.pdf');
    await exportPdf(putianSizeDraft(), pdf, { env: { FONTCONFIG_FILE } });
    pages = pdfPages(pdf);
  }, 120_000);

  it('is A4, text extractable', () => {
    expect(Math.round(pages[0]!.width)).toBe(595);
    expect(Math.round(pages[0]!.height)).toBe(842);
    expect(pdfPageCount(pdf)).toBe(pages.length);
    expect(pageLines(pages[0]!).map((l) => l.text).join('')).toContain('中共莆田市司法局党组关于');
  });
  it('has 22 lines on a full page and 28 字 on a full line', () => {
    const g = checkGrid(pages);
    expect(g.maxLines).toBe(22);
    expect(g.fullPages).toBeGreaterThan(5);
    expect(g.maxChars).toBe(28);
    expect(g.fullLines).toBeGreaterThan(200);
    console.info(`Chromium: ${pages.length} pages, ${g.fullPages} pages of 22 lines, ${g.fullLines} lines of 28 字`);
  });
  it('numbers pages "— N —" right on odd pages, left on even pages', () => checkPageNumbers(pages));
  it('keeps the first two pages close to the reference PNGs', () => {
    const diffs = compareWithReference(pdfToPngs(pdf, join(dir, 'print'), 1, 2), ['putian-print-p1.png', 'putian-print-p2.png']);
    for (const d of diffs) expect(d).toBeLessThan(4);
  });
  it('puts the 版记 on its own page without a page number (internal version)', async () => {
    const internal = join(dir, 'internal.pdf');
    await exportPdf(putianSizeDraft({ internal: true }), internal, { env: { FONTCONFIG_FILE } });
    const ps = pdfPages(internal);
    const last = ps[ps.length - 1]!;
    const text = pageLines(last).map((l) => l.text).join('');
    expect(text).toContain('抄送：');
    expect(text).toContain('2025年2月17日印发');
    expect(pageLines(last).some((l) => isPageNumber(l.text))).toBe(false);
    checkPageNumbers(ps.slice(0, -1).filter((p) => p.words.length > 1));
  });
});

afterAll(() => {
  if (!process.env.KEEP_RENDERS) return;
  console.info(`renders kept in ${dir}`);
});
