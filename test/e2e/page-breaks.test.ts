// "The page view shows the real pages" (issue 16): the pagination in core/common/layout/paginate.ts is the PDF's —
// checked against Chromium's own print of the print view — and the page view draws the same breaks.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_PRESET, cssLengths, resolveLayout } from '../../core/common/layout/gbt9704';
import { paginate } from '../../core/common/layout/paginate';
import { titleLines } from '../../core/common/layout/title-break';
import { pageLines as pageRoom } from '../../core/common/layout/print-flow';
import { importNoticeText } from '../../core/common/import';
import { fieldText } from '../../core/common/model/fields';
import { emptyDraft, paragraph, section } from '../../core/common/model/build';
import type { Draft } from '../../core/common/model/types';
import { buildPrintHtml, headHeightPt } from '../../core/common/print';
import { twipToPt } from '../../core/common/layout/units';
import { exportPdf } from '../../core/node/export';
import { launchBrowser } from '../../core/node/export/browser';
import { SHOTS, type Session, callApi, startSession } from './app-helpers';
import { seedDraft } from './editor-helpers';
import { firstTextLines, layOutPrintHtml, measurePrintBlocks, toPageBlocks } from '../support/print-layout';
import { FONTCONFIG_FILE, isPageNumber, pageLines, pdfPages } from '../support/render';
import { NOTICES_DIR, itShared } from '../support/shared';

const dir = mkdtempSync(join(tmpdir(), 'qicao-pages-'));
const FIXTURES = ['putian-sfj-2025-notice', 'haizhu-sfj-2020-report', 'qingcheng-sfj-2021-summary'] as const;
const CORPUS = join('test', 'fixtures', 'notices');
const TEMPLATES = ['rectification-notice', 'rectification-report', 'work-summary'];
/** Long notices of the repository's own corpus: run everywhere, with or without ../shared. */
const CORPUS_NOTICES = ['c01-xian-jiaoyuju-chrome', 'c21-quwei-xunshi-template', 'c05-ting-xunshi-parts', 'c09-weijianju-inline-shi', 'c17-shenjiju-nested-parts'];
const VARIANTS = { public: { internal: false, seal: false }, internal: { internal: true, seal: false }, seal: { internal: false, seal: true } } as const;

const pdfFirstLines = (pdf: string): string[] =>
  pdfPages(pdf).map((p) => pageLines(p).filter((l) => !isPageNumber(l.text))[0]?.text.replace(/\s/g, '') ?? '');

const imported = (path: string): Draft => importNoticeText(readFileSync(path, 'utf8'), { now: '2026-01-01T00:00:00.000Z' }).draft;

describe('the PDF pages as the paginator says (print view measured in Chromium)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    // The fonts the exporter prints with (the test's FONTCONFIG_FILE): the same glyph widths, so the same lines.
    browser = await launchBrowser({ env: { FONTCONFIG_FILE } });
    page = await browser.newPage({ deviceScaleFactor: Number(process.env.DSF ?? 1) });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function compare(name: string, draft: Draft, opts: { internal: boolean; seal: boolean }): Promise<string[]> {
    const spec = resolveLayout(STANDARD_PRESET);
    const c = cssLengths(spec);
    const pdfPath = join(dir, `${name}.pdf`);
    await exportPdf(draft, pdfPath, { ...opts, env: { FONTCONFIG_FILE } });
    const pdf = pdfFirstLines(pdfPath);
    // The HTML the exporter printed last (with the blank page before the 版记 when it needed one).
    let html = buildPrintHtml(draft, { ...opts, recordPad: false });
    const pitch = await layOutPrintHtml(page, html, c.typeAreaWidth, c.lineHeight);
    const measured = await measurePrintBlocks(page, pitch);
    // The 版头's room, which the page view keeps on its first page, is the one Chromium lays out (within a pixel).
    if (opts.internal) expect(Math.abs(measured[0]!.height * twipToPt(spec.line) - headHeightPt(draft))).toBeLessThan(0.75);
    let starts = paginate(toPageBlocks(measured), { pageLines: pageRoom(spec) });
    if (opts.internal && starts.length % 2 === 1) {
      html = buildPrintHtml(draft, { ...opts, recordPad: true });
      await layOutPrintHtml(page, html, c.typeAreaWidth, c.lineHeight);
      starts = paginate(toPageBlocks(await measurePrintBlocks(page, pitch)), { pageLines: pageRoom(spec) });
    }
    const predicted = await firstTextLines(page, starts, pitch);
    expect(predicted.length).toBe(pdf.length);
    predicted.forEach((line, i) => expect(sameLine(line, pdf[i]!), `page ${i + 1}: predicted “${line}”, printed “${pdf[i]}”`).toBe(true));
    return pdf;
  }

  for (const name of FIXTURES) {
    for (const [variant, opts] of Object.entries(VARIANTS)) {
      itShared(`${name}, ${variant}`, async () => {
        await compare(`${name}-${variant}`, imported(join(NOTICES_DIR, `${name}.txt`)), opts);
      });
    }
  }
  // Where the keep rules decide: a two-line heading, and the 署名 block, reaching the bottom of page 1.
  for (const n of [17, 18, 19, 20]) {
    // Title and blank line, then the n lines: the heading or the 署名 block (a blank line, 署名, 日期) starts on line
    // n + 3; at 18 and 19 it cannot stay whole with what follows it on page 1 and starts page 2.
    it(`a two-line heading after ${n} full lines`, async () => {
      const pdf = await compare(`heading-${n}`, keepDraft(n, true), VARIANTS.public);
      expect(pdf[1]?.startsWith('一、'), pdf[1]).toBe(n >= 18);
    });
    it(`the 署名 block after ${n} full lines`, async () => {
      const pdf = await compare(`signature-${n}`, keepDraft(n, false), VARIANTS.public);
      expect(pdf.length).toBe(n === 17 ? 1 : 2);
      // Never split: the 署名 heads page 2 with its date (at 18, without the rule, only the date would).
      if (n > 17) expect(pdf[1]).toBe('某某市司法局');
    });
  }
});

const FILL = '巡察整改工作扎实推进各项措施落实到位成效明显群众满意度持续提升';
const fill = (chars: number): string => FILL.repeat(Math.ceil(chars / FILL.length)).slice(0, chars);

/** A one-line title, a paragraph of `lines` full lines (2 字 indent on the first), then a two-line heading with its
 *  text, or the 署名 and 成文日期 right after. */
function keepDraft(lines: number, heading: boolean): Draft {
  const d = emptyDraft('work-summary', '2026-01-01T00:00:00.000Z');
  d.fields = { title: '关于测试分页规则的通报', signer: '某某市司法局', docDate: '2026-06-30' };
  d.body = [paragraph(fill(26 + 28 * (lines - 1)))];
  if (heading) d.body.push(section('generic', fill(40), [paragraph(fill(80))]));
  return d;
}

/** The first text line of each page of the page view, as drawn: page 1 starts with the title (its first printed
 *  line, title-break.ts); each later page at its drawn break, the first line below it that holds text. Ordinals and
 *  status phrases are CSS content, not text, so a line can lack a few characters of the printed one. */
function drawnFirstLines(page: Page): Promise<{ pages: number; lines: string[] }> {
  return page.evaluate(() => {
    const article = document.querySelector<HTMLElement>('article.page')!;
    const box = article.getBoundingClientRect();
    const scale = box.width / article.offsetWidth;
    const pitch = parseFloat(getComputedStyle(article).lineHeight);
    const tops = [...document.querySelectorAll<HTMLElement>('.page-break')].map((b) => parseFloat(b.style.top));
    const chars: { y: number; c: string }[] = [];
    const range = document.createRange();
    const y = (r: DOMRect): number => (r.top + r.height / 2 - box.top) / scale;
    /** An element's ::before/::after content as drawn (attr() resolved); placeholders and the 未更新 badge print nothing. */
    const pseudo = (el: Element, which: '::before' | '::after'): string => {
      const c = getComputedStyle(el, which).content;
      if (!c || c === 'none' || c === 'normal') return '';
      let out = '';
      const re = /"((?:[^"\\]|\\.)*)"|attr\(([\w-]+)\)/gu;
      for (let m = re.exec(c); m; m = re.exec(c)) out += m[1] !== undefined ? m[1].replace(/\\(.)/gu, '$1') : el.getAttribute(m[2]!) ?? '';
      const placeholder = el.getAttribute('data-placeholder');
      return out === '未更新' || (placeholder && out.includes(placeholder)) ? '' : out;
    };
    const push = (text: string, at: number): void => {
      for (const c of text) if (c.trim()) chars.push({ y: at, c });
    };
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        const t = node.textContent ?? '';
        for (let i = 0; i < t.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
          if (r && r.height > 0 && t[i]!.trim()) chars.push({ y: y(r), c: t[i]! });
        }
        return;
      }
      if (!(node instanceof Element)) return;
      const rects = [...node.getClientRects()];
      const block = getComputedStyle(node).display !== 'inline';
      // Ordinals on the element's first line; a status phrase after its last text (a block one on its own last line).
      if (rects.length) push(pseudo(node, '::before'), block ? (rects[0]!.top - box.top) / scale + pitch / 2 : y(rects[0]!));
      node.childNodes.forEach(walk);
      if (rects.length) push(pseudo(node, '::after'), block ? (rects.at(-1)!.bottom - box.top) / scale - pitch / 2 : y(rects.at(-1)!));
    };
    for (const root of article.querySelectorAll('.q-editable, .doc-closing')) walk(root);
    const lines = tops.map((top, p) => {
      const end = tops[p + 1] ?? Infinity;
      const inPage = chars.filter((ch) => ch.y >= top && ch.y < end);
      if (inPage.length === 0) return '';
      const k = Math.min(...inPage.map((ch) => Math.floor((ch.y - top) / pitch)));
      return inPage.filter((ch) => Math.floor((ch.y - top) / pitch) === k).map((ch) => ch.c).join('');
    });
    return { pages: tops.length + 1, lines };
  });
}

/** The drawn line is the printed one: equal, or the printed line with an ordinal or status phrase (CSS content)
 *  the drawn text lacks, or one character moved over a line end (screen glyph widths are rounded, print's are not). */
function sameLine(drawn: string, printed: string): boolean {
  if (drawn === printed) return true;
  const core = drawn.length > 6 ? drawn.slice(1, -1) : drawn;
  return core.length > 0 && printed.includes(core) && Math.abs(printed.length - drawn.length) <= 6;
}

const FILLED: Draft['fields'] = {
  signer: '中共某某市司法局党组', unitName: '某某市司法局', unitShortName: '市司法局', docDate: '2026-06-30', deployer: '市委',
  inspectionGroup: '市委第一巡察组', inspectionStart: '2026-03-01', inspectionEnd: '2026-04-30', feedbackDate: '2026-05-20', year: '2026',
};
const PROFILE: Draft['profile'] = {
  fullName: '某某市司法局', partyGroupName: '中共某某市司法局党组', shortName: '市司法局', phone: '0594-1234567',
  mailAddress: '某某市某某路1号', postcode: '351100', email: 'sfj@example.cn',
};

const nonEmpty = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v)) as Partial<T>;

describe('the page view draws the PDF’s page breaks (Chromium, through the browser host)', () => {
  let s: Session;
  const tally = { pages: 0, exact: 0, near: [] as string[] };
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    console.info(`page view vs PDF: ${tally.exact} of ${tally.pages} later pages with the identical first line`, tally.near.join('\n'));
    await s?.close();
  });

  async function compare(draftId: string, seal = false, internal = false): Promise<void> {
    const { page } = s;
    await page.evaluate(([id, o]) => localStorage.setItem(`qicao.export.${id}`, JSON.stringify(o)), [draftId, { seal, internal }] as const);
    await page.reload();
    await page.getByRole('navigation', { name: '文稿库' }).waitFor();
    await page.locator(`li.draft-row[data-draft="${draftId}"] .draft-open`).click();
    await page.locator('.page-breaks[data-pages]').waitFor({ state: 'attached' });
    const draft = await callApi<Draft>(page, 'drafts.get', { id: draftId });
    const out = await callApi<{ base64: string }>(page, 'export.pdf', { id: draftId, internal, seal });
    const pdfPath = join(dir, `view-${draftId}-${seal}-${internal}.pdf`);
    writeFileSync(pdfPath, Buffer.from(out.base64, 'base64'));
    const pdf = pdfFirstLines(pdfPath);
    const drawn = await drawnFirstLines(page);
    // The 版记 (internal) is printed on a last, even page of its own, after a blank one where needed; the page view
    // shows the body's pages only.
    const record = internal ? (pdf.at(-2) === '' ? 2 : 1) : 0;
    if (internal) expect(pdf.at(-1)).toContain('印发');
    expect(drawn.pages).toBe(pdf.length - record);
    expect(Number(await page.locator('.page-breaks').getAttribute('data-pages'))).toBe(pdf.length - record);
    // Page 1: the 版头's 标志 (internal), else the title's first printed line.
    const title = titleLines(fieldText(draft, 'title'))[0];
    if (internal) expect(pdf[0]).toMatch(/文件$/u);
    else if (title) expect(pdf[0]).toBe(title.replace(/\s/g, ''));
    drawn.lines.forEach((line, i) => {
      expect(sameLine(line, pdf[i + 1]!), `page ${i + 2}: drawn “${line}”, printed “${pdf[i + 1]}”`).toBe(true);
      tally.pages++;
      if (line === pdf[i + 1]) tally.exact++;
      else tally.near.push(`${draft.fields.title}, page ${i + 2}: drawn “${line}”, printed “${pdf[i + 1]}”`);
    });
  }

  for (const name of FIXTURES) {
    for (const [variant, { seal, internal }] of Object.entries(VARIANTS)) {
      itShared(`imported ${name}, ${variant}`, async () => {
        const r = await callApi<{ draft: Draft }>(s.page, 'import.text', { text: readFileSync(join(NOTICES_DIR, `${name}.txt`), 'utf8') });
        await compare(r.draft.id, seal, internal);
        if (name.startsWith('putian') && variant === 'public') {
          // For the eye: the boundary between pages 2 and 3 as a clerk sees it.
          await s.page.locator('.page-break[data-page="3"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await s.page.locator('section.editor-area').screenshot({ path: join(SHOTS, 'page-view-breaks.png') });
        }
        if (name.startsWith('putian') && variant === 'internal') {
          await s.page.locator('.doc-head').scrollIntoViewIfNeeded();
          await s.page.locator('section.editor-area').screenshot({ path: join(SHOTS, 'page-view-head.png') });
        }
      });
    }
  }

  for (const name of CORPUS_NOTICES) {
    it(`imported corpus notice ${name}`, async () => {
      const r = await callApi<{ draft: Draft }>(s.page, 'import.text', { text: readFileSync(join(CORPUS, `${name}.txt`), 'utf8') });
      await compare(r.draft.id);
    });
  }

  it('draws the same breaks at 75 % zoom (positions are the page’s own, not the screen’s)', async () => {
    const { page } = s;
    const r = await callApi<{ draft: Draft }>(page, 'import.text', { text: readFileSync(join(CORPUS, 'c01-xian-jiaoyuju-chrome.txt'), 'utf8') });
    await compare(r.draft.id);
    const tops = (): Promise<number[]> => page.locator('.page-break').evaluateAll((els) => els.map((e) => parseFloat((e as HTMLElement).style.top)));
    const atFull = await tops();
    expect(atFull.length).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: '缩放' }).selectOption('0.75');
    // Drawn afresh at this zoom: leave the page view and come back.
    await page.getByRole('radio', { name: '写作视图' }).click();
    await page.getByRole('radio', { name: '页面视图' }).click();
    await page.locator('.page-breaks[data-pages]').waitFor({ state: 'attached' });
    expect(await page.locator('article.page').evaluate((el) => el.getBoundingClientRect().width)).toBeCloseTo((0.75 * 210 * 96) / 25.4, -1);
    const atZoom = await tops();
    expect(atZoom.length).toBe(atFull.length);
    atZoom.forEach((t, i) => expect(Math.abs(t - atFull[i]!)).toBeLessThan(2));
    await page.getByRole('combobox', { name: '缩放' }).selectOption('0');
  });

  for (const id of TEMPLATES) {
    it(`template ${id}`, async () => {
      const d = await callApi<Draft>(s.page, 'drafts.create', { templateId: id });
      // Every field filled, as a finished draft has them: a missing one shows its label on the page but prints nothing.
      await seedDraft(s.page, { ...d, fields: { ...FILLED, ...nonEmpty(d.fields) }, profile: { ...PROFILE, ...nonEmpty(d.profile) } });
      await compare(d.id);
    });
  }
});
