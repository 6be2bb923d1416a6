// Test helpers for rendered output: LibreOffice DOCX→PDF, word boxes from a PDF (poppler), PNG pages and diffs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { PNG } from 'pngjs';

export const FONTCONFIG_FILE = resolve('build/fontconfig/fonts.conf');
export const hasSoffice = (): boolean => existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice');
export const hasPoppler = (): boolean => existsSync('/usr/bin/pdftotext');

/** `soffice --headless --convert-to pdf` with a throwaway profile (HOME) and the fontconfig role mapping. */
export function sofficeToPdf(docx: string, outDir: string): string {
  const home = mkdtempSync(join(tmpdir(), 'qicao-lo-'));
  mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    env: { ...process.env, HOME: home, FONTCONFIG_FILE }, stdio: 'pipe', timeout: 120_000,
  });
  return join(outDir, basename(docx).replace(/\.docx$/i, '.pdf'));
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
}

/** Word boxes per page (points, origin top-left) from `pdftotext -bbox`. */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(pageRe)) {
    const words = [...m[3]!.matchAll(wordRe)].map((w) => ({
      xMin: +w[1]!, yMin: +w[2]!, xMax: +w[3]!, yMax: +w[4]!, text: w[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    }));
    pages.push({ width: +m[1]!, height: +m[2]!, words });
  }
  return pages;
}

/**
 * Text lines of a page: words grouped by vertical centre (within 9 pt — a third of the 28.95 pt pitch, since
 * Latin and CJK boxes differ), sorted top-down; `y` is the centre in points from the top.
 */
export function pageLines(page: PdfPage): { y: number; text: string; xMin: number; xMax: number }[] {
  const lines: { y: number; words: Word[] }[] = [];
  const mid = (w: Word) => (w.yMin + w.yMax) / 2;
  for (const w of [...page.words].sort((a, b) => mid(a) - mid(b))) {
    const line = lines.find((l) => Math.abs(l.y - mid(w)) < 9);
    if (line) line.words.push(w);
    else lines.push({ y: mid(w), words: [w] });
  }
  return lines.map((l) => {
    const ws = l.words.sort((a, b) => a.xMin - b.xMin);
    return { y: l.y, text: ws.map((w) => w.text).join(''), xMin: ws[0]!.xMin, xMax: ws[ws.length - 1]!.xMax };
  });
}

export const isPageNumber = (text: string): boolean => /^—\s*\d+\s*—$/.test(text.trim());
export const hanziCount = (text: string): number => [...text].filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…]/.test(c)).length;

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** PNG renders of pages first..last at `dpi` (pdftoppm); returns the file paths. */
export function pdfToPngs(pdf: string, outPrefix: string, first: number, last: number, dpi = 50): string[] {
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(first), '-l', String(last), '-png', pdf, outPrefix]);
  const digits = String(pdfPageCount(pdf)).length;
  return Array.from({ length: last - first + 1 }, (_, i) => `${outPrefix}-${String(first + i).padStart(digits, '0')}.png`);
}

/** Mean absolute difference of two same-size PNGs in grey levels (0–255); Infinity when sizes differ. */
export function meanPngDifference(a: string, b: string): number {
  const pa = PNG.sync.read(readFileSync(a));
  const pb = PNG.sync.read(readFileSync(b));
  if (pa.width !== pb.width || pa.height !== pb.height) return Infinity;
  let sum = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const ga = (pa.data[i]! + pa.data[i + 1]! + pa.data[i + 2]!) / 3;
    const gb = (pb.data[i]! + pb.data[i + 1]! + pb.data[i + 2]!) / 3;
    sum += Math.abs(ga - gb);
  }
  return sum / (pa.width * pa.height);
}

export const PT_PER_MM = 72 / 25.4;

/**
 * LibreOffice (7.4) misreads two line-breaking rules the DOCX states for Word: it ignores w:autoSpaceDE/autoSpaceDN
 * (always adding space between 汉字 and digits/Latin) and inverts w:overflowPunct (overflowPunct 0, "no hanging
 * punctuation" in Word, becomes hanging punctuation). To render the DOCX as Word lays it out, convert it to flat ODT,
 * give LibreOffice Word's meaning of those two settings (text-autospace none, punctuation-wrap simple) and print that.
 * docx-xml tests check that the DOCX itself says autoSpaceDE/DN 0 and overflowPunct 0.
 */
export function sofficeToPdfWordRules(docx: string, outDir: string): string {
  const home = mkdtempSync(join(tmpdir(), 'qicao-lo-'));
  const flatDir = mkdtempSync(join(tmpdir(), 'qicao-fodt-'));
  const env = { ...process.env, HOME: home, FONTCONFIG_FILE };
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'fodt', '--outdir', flatDir, docx], { env, stdio: 'pipe', timeout: 120_000 });
  const fodt = join(flatDir, basename(docx).replace(/\.docx$/i, '.fodt'));
  const xml = readFileSync(fodt, 'utf8')
    .replace(/style:text-autospace="[^"]*"/g, 'style:text-autospace="none"')
    .replace(/style:punctuation-wrap="[^"]*"/g, 'style:punctuation-wrap="simple"');
  writeFileSync(fodt, xml);
  mkdirSync(outDir, { recursive: true });
  // Keep the blank page LibreOffice inserts before an evenPage section (Word prints it; LibreOffice skips it).
  const pdf = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', pdf, '--outdir', outDir, fodt], { env, stdio: 'pipe', timeout: 120_000 });
  return join(outDir, basename(docx).replace(/\.docx$/i, '.pdf'));
}
