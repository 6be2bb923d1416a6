// The print view laid out in Chromium as it is printed (print media, the 版心 width), measured block by block: the
// PageBlocks the paginator takes, and the text of any line, to compare the paginator's pages with the PDF's.
import type { Page } from 'playwright-core';
import { type FlowKind, flowBlock } from '../../core/common/layout/print-flow';
import type { PageBlock, PageStart } from '../../core/common/layout/paginate';

export interface MeasuredBlock {
  kind: FlowKind;
  /** Line boxes (round(height / pitch)); the 版头 is one line of `height` pitches. */
  lines: number;
  height: number;
}

/** Lays the print HTML out at the 版心 width with print media; returns the line pitch in CSS px. */
export async function layOutPrintHtml(page: Page, html: string, typeAreaWidth: string, pitch: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html, { waitUntil: 'load' });
  return page.evaluate(([w, p]) => {
    document.body.style.width = w!;
    const probe = document.createElement('div');
    probe.style.height = p!;
    document.body.append(probe);
    const px = probe.getBoundingClientRect().height;
    probe.remove();
    return px;
  }, [typeAreaWidth, pitch]);
}

export function measurePrintBlocks(page: Page, pitchPx: number): Promise<MeasuredBlock[]> {
  return page.evaluate((pitch) => [...document.body.children].map((el, i, all) => {
    const c = el.classList;
    // From the top of this block to the top of the next: margins count (the 版头's 35 mm collapses out of its box).
    const top = i === 0 ? document.documentElement.getBoundingClientRect().top : el.getBoundingClientRect().top;
    const next = all[i + 1];
    const bottom = next ? next.getBoundingClientRect().top : el.getBoundingClientRect().bottom;
    const kind = el.tagName === 'HEADER' ? 'head' : c.contains('title') ? 'title' : c.contains('blank') ? 'blank'
      : c.contains('heading') ? 'heading' : c.contains('signature') ? 'signature'
      : c.contains('record-page') || c.contains('record-pad') ? 'record' : 'body';
    const height = (bottom - top) / pitch;
    return { kind, lines: Math.max(1, Math.round(height)), height } as const;
  }), pitchPx);
}

export const toPageBlocks = (m: MeasuredBlock[]): PageBlock[] => m.map((b) => flowBlock(b.kind, b.lines, b.height));

/** The first line with text at or after each page start, whitespace removed (pdftotext skips blank lines too). */
export function firstTextLines(page: Page, starts: PageStart[], pitchPx: number): Promise<string[]> {
  return page.evaluate(([ss, pitch]) => {
    const blocks = [...document.body.children];
    const lineTexts = (el: Element): string[] => {
      const top = el.getBoundingClientRect().top;
      const lines: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          // A character before a soft wrap also reports an empty box at the next line's start: take its glyph's box.
          const r = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
          if (!r || r.height === 0) continue;
          // The 版头 is not on the line grid: its lines are told apart by their place (4 px bands).
          const k = Math.floor((r.top + r.height / 2 - top) / (el.tagName === 'HEADER' ? 4 : pitch));
          lines[k] = (lines[k] ?? '') + text[i];
        }
      }
      return [...lines].map((l) => (l ?? '').replace(/\s/g, ''));
    };
    return ss.map(({ block, line }, p) => {
      // Up to the next page's start: a page of blank lines (before the 版记) has no first line.
      const end = ss[p + 1] ?? { block: blocks.length, line: 0 };
      for (let b = block, l = line; b < blocks.length && b <= end.block; b++, l = 0) {
        const lines = lineTexts(blocks[b]!);
        const found = lines.slice(l, b === end.block ? end.line : lines.length).find((t) => t !== '');
        if (found) return found;
      }
      return '';
    });
  }, [starts, pitchPx] as const);
}
