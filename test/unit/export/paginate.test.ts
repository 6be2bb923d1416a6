import { describe, expect, it } from 'vitest';
import { type PageBlock, paginate } from '../../../core/common/layout/paginate';
import { flowBlock, pageLines } from '../../../core/common/layout/print-flow';
import { BUILTIN_PRESETS, resolveLayout } from '../../../core/common/layout/gbt9704';

const P = { pageLines: 22.03 };
const body = (lines: number): PageBlock => flowBlock('body', lines);
const heading = (lines = 1): PageBlock => flowBlock('heading', lines);

describe('paginate', () => {
  it('fills a page to its 22nd line and splits a paragraph anywhere (no widow control, as the print rules say)', () => {
    expect(paginate([body(10), body(13), body(3)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 12 }]);
    // One line at a page bottom and one at the next top are fine without widow control.
    expect(paginate([body(21), body(2)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 1 }]);
    expect(paginate([body(21), body(2)], { ...P, rules: { widowControl: true } })).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
  });

  it('keeps 2 lines together at each side of a break with widow control on', () => {
    const W = { ...P, rules: { widowControl: true } };
    expect(paginate([body(20), body(5)], W)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 2 }]);
    // Two lines would fit, but would leave one alone on the next page: the whole paragraph moves.
    expect(paginate([body(20), body(3)], W)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
    expect(paginate([body(23)], { ...P, rules: { widowControl: true } })).toEqual([{ block: 0, line: 0 }, { block: 0, line: 21 }]);
  });

  it('a paragraph longer than a page runs over as many pages as it needs', () => {
    expect(paginate([body(50)], P)).toEqual([{ block: 0, line: 0 }, { block: 0, line: 22 }, { block: 0, line: 44 }]);
  });

  it('moves a heading on the last line of a page to the next page, with the paragraph it heads', () => {
    expect(paginate([body(21), heading(), body(5)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
  });

  it('moves a chain of headings together (一、 then （一） then the text)', () => {
    expect(paginate([body(20), heading(), heading(), body(5)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
    // With room for the first line of the text, nothing moves.
    expect(paginate([body(19), heading(), heading(), body(5)], P)).toEqual([{ block: 0, line: 0 }, { block: 3, line: 1 }]);
  });

  it('keeps a heading of two lines whole (Word keepLines), with its first line of text', () => {
    expect(paginate([body(20), heading(2), body(5)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
    // Keep-with-next alone concerns only the break after a block: a block without keep-together splits.
    expect(paginate([body(20), { lines: 2, keepWithNext: true }, body(5)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 1 }]);
  });

  it('keeps the 署名 block whole, moving it to the next page', () => {
    expect(paginate([body(20), flowBlock('signature', 4)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
  });

  it('breaks a keep rule only where no page could be made otherwise', () => {
    // A page of headings: the last one that fits ends the page.
    const hs = Array.from({ length: 30 }, () => heading());
    expect(paginate(hs, P)[1]).toEqual({ block: 22, line: 0 });
    // A 署名 block longer than a page is split where it overflows.
    expect(paginate([flowBlock('signature', 30)], P)).toEqual([{ block: 0, line: 0 }, { block: 0, line: 22 }]);
  });

  it('keeps blank lines at a page top (they are printed paragraphs) and ignores blocks that print nothing', () => {
    expect(paginate([body(22), flowBlock('blank', 1), body(2)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
    expect(paginate([body(0), body(22), body(0), body(1)], P)).toEqual([{ block: 1, line: 0 }, { block: 3, line: 0 }]);
    expect(paginate([], P)).toEqual([]);
  });

  it('puts the 版记 on a page of its own, however much room is left', () => {
    expect(paginate([body(3), flowBlock('record', 2)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }]);
  });

  it('counts the 版头 at its own height: fewer body lines on the first page', () => {
    const pages = paginate([flowBlock('head', 1, 7.4), flowBlock('title', 2), flowBlock('blank', 1), body(30)], P);
    // 22.03 − 7.4 = 14.63 pitches: the head, the two title lines and the blank, then 11 body lines.
    expect(pages).toEqual([{ block: 0, line: 0 }, { block: 3, line: 11 }]);
  });

  it('a line taller than a page takes a page of its own', () => {
    expect(paginate([body(1), flowBlock('head', 1, 30), body(1)], P)).toEqual([{ block: 0, line: 0 }, { block: 1, line: 0 }, { block: 2, line: 0 }]);
  });

  it('a page holds 22 lines in every built-in preset (the room is the 版心 over the pitch)', () => {
    for (const preset of BUILTIN_PRESETS) {
      const room = pageLines(resolveLayout(preset));
      expect(Math.floor(room + 1e-6), preset.id).toBe(22);
      expect(paginate([body(23)], { pageLines: room })[1]).toEqual({ block: 0, line: 22 });
    }
  });
});
