// The one pagination of a printed notice: where each page starts, from the printed blocks' line counts. The PDF's
// pages are Chromium's fragmentation of the print view (print-css.ts states the same rules: fixed line pitch,
// orphans/widows from LAYOUT_RULES, break-after: avoid after headings and the title, break-inside: avoid on the
// 署名 block, forced breaks before the 版记); this reproduces it so the page view can draw the same breaks.
import { LAYOUT_RULES, type LayoutRules } from './rules';

export interface PageBlock {
  /** Line boxes of the block (0: takes no room, as an empty paragraph that prints nothing). */
  lines: number;
  /** Height of each line in line pitches (1 unless the block is set on another pitch, as the 版头). */
  lineHeight?: number;
  /** No page break between this block and the next (headings, the title: CSS break-after: avoid, Word keepNext). */
  keepWithNext?: boolean;
  /** No page break inside the block (the 署名 and 成文日期 with their blank lines). */
  keepTogether?: boolean;
  /** A forced page break before the block (the 版记 page). */
  breakBefore?: boolean;
}

/** Where a page starts: the block and the line of that block that is the page's first. */
export interface PageStart {
  block: number;
  line: number;
}

export interface PaginateOptions {
  /** Room of one page in line pitches: 版心 height ÷ pitch (225 mm ÷ 28.95 pt ≈ 22.03). */
  pageLines: number;
  rules?: Pick<LayoutRules, 'widowControl'>;
}

/** Lines a paragraph keeps at least at a page bottom (orphans) and top (widows): CSS's value for the rules. */
export const minLinesAtBreak = (r: Pick<LayoutRules, 'widowControl'>): number => (r.widowControl ? 2 : 1);

/** How acceptable a break is, best last (Chromium's break appeal: it takes the latest break of the best appeal). */
const Appeal = { LastResort: 0, ViolatesAvoid: 1, ViolatesOrphansWidows: 2, Perfect: 3 } as const;
type Appeal = (typeof Appeal)[keyof typeof Appeal];

interface Line {
  block: number;
  line: number;
  height: number;
}

const EPSILON = 1e-6;

/**
 * Pages of the blocks: the first page starts at the first line; a page takes lines while they fit, and where the next
 * line does not, the page ends at the latest break before it that breaks no rule (or, failing that, the one that breaks
 * the least: orphans/widows before keep rules, as Chromium). A line taller than a page takes a page of its own.
 */
export function paginate(blocks: readonly PageBlock[], opts: PaginateOptions): PageStart[] {
  const min = minLinesAtBreak(opts.rules ?? LAYOUT_RULES);
  const lines: Line[] = [];
  blocks.forEach((b, block) => {
    for (let line = 0; line < b.lines; line++) lines.push({ block, line, height: b.lineHeight ?? 1 });
  });
  if (lines.length === 0) return [];

  /** The appeal of breaking before lines[j] (j > 0). */
  const appeal = (j: number): Appeal => {
    const { block, line } = lines[j]!;
    const b = blocks[block]!;
    if (line > 0) {
      if (b.keepTogether) return Appeal.ViolatesAvoid;
      return line >= min && b.lines - line >= min ? Appeal.Perfect : Appeal.ViolatesOrphansWidows;
    }
    // Between blocks: any keep rule of a block between the previous line's block and this one holds the two together.
    for (let k = lines[j - 1]!.block; k < block; k++) if (blocks[k]!.keepWithNext) return Appeal.ViolatesAvoid;
    return Appeal.Perfect;
  };
  const forced = (j: number): boolean => {
    const { block, line } = lines[j]!;
    if (line > 0) return false;
    for (let k = lines[j - 1]!.block + 1; k <= block; k++) if (blocks[k]!.breakBefore) return true;
    return false;
  };

  const starts: PageStart[] = [{ block: lines[0]!.block, line: 0 }];
  let start = 0;
  let used = 0;
  for (let j = 0; j < lines.length; j++) {
    if (j > start && forced(j)) {
      starts.push(pageStart(lines[j]!));
      start = j;
      used = 0;
    }
    const h = lines[j]!.height;
    if (j > start && used + h > opts.pageLines + EPSILON) {
      const at = bestBreak(start, j, appeal);
      starts.push(pageStart(lines[at]!));
      start = at;
      used = 0;
      j = at - 1;
      continue;
    }
    used += h;
  }
  return starts;
}

const pageStart = (l: Line): PageStart => ({ block: l.block, line: l.line });

/** The latest break in (start, overflow] of the best appeal; before the overflowing line as a last resort. */
function bestBreak(start: number, overflow: number, appeal: (j: number) => Appeal): number {
  let best = overflow;
  let bestAppeal: Appeal = Appeal.LastResort;
  for (let j = overflow; j > start; j--) {
    const a = appeal(j);
    if (a > bestAppeal) {
      best = j;
      bestAppeal = a;
      if (a === Appeal.Perfect) break;
    }
  }
  return best;
}
