// The blocks the print view lays out one under another, and the page rules each kind carries — the same rules the
// print CSS states (print/print-css.ts: break-after and break-inside: avoid on .title and p.heading, break-inside:
// avoid on .signature, break-before on the 版记 page) and the DOCX (keepNext/keepLines, docx/body.ts). The PDF's measurement and the page view both build their PageBlocks here.
import { type LayoutSpec, PAPER_MM } from './gbt9704';
import type { PageBlock } from './paginate';
import { mmToPt, twipToPt } from './units';

export type FlowKind = 'head' | 'title' | 'blank' | 'heading' | 'body' | 'signature' | 'record';

/**
 * A block of `kind` with `lines` line boxes. `height` (in line pitches) is for the 版头 only, which is set on its own
 * lengths (35 mm above the 发文机关标志, the red rule): one unbreakable line of that height.
 */
export function flowBlock(kind: FlowKind, lines: number, height?: number): PageBlock {
  switch (kind) {
    case 'head':
      return { lines: 1, lineHeight: height ?? lines, keepTogether: true };
    case 'title':
    case 'heading':
      // Word's keepNext and keepLines (the DOCX's title and heading styles); CSS break-after/inside: avoid.
      return { lines, keepWithNext: true, keepTogether: true };
    case 'signature':
      return { lines, keepTogether: true };
    case 'record':
      return { lines, breakBefore: true, keepTogether: true };
    default:
      return { lines };
  }
}

/** Room of one page in line pitches, from the 版心 height as the print CSS sets it (exact mm, not rounded twips). */
export function pageLines(spec: LayoutSpec): number {
  const m = spec.marginMm;
  return mmToPt(PAPER_MM.height - m.top - m.bottom) / twipToPt(spec.line);
}
