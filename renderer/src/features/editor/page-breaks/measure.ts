// The page view's printed blocks as laid out on screen: for each block the print view lays out (title, the blank line
// after it, every printed paragraph, the 署名 block), its kind and the top of each of its lines. The paginator counts
// the lines; the tops place the page breaks. Paragraphs are found as the one-view test reads them: the editor's
// leaves, with consecutive inline leaves in one block box running on as one printed paragraph, and leaves that print
// nothing (empty, showing guidance) left out.
import type { FlowKind } from '../../../../../core/common/layout/print-flow';
import { placeSignature } from '../../../../../core/common/layout/signature';
import { titleLines, titleText } from '../../../../../core/common/layout/title-break';

export interface MeasuredBlock {
  kind: FlowKind;
  /** Top of each line box, in the page's own CSS px from its top edge. */
  tops: number[];
  /** The 版头's height in line pitches (it is not set on the line grid). */
  height?: number;
}

export interface PageText {
  title: string;
  signer: string;
  date: string;
  seal: boolean;
}

const LEAF = 'p, .q-heading, .q-problem-title, .q-measure, .q-enum-item, .q-enum-lead';
const LEAVES = LEAF.split(', ').map((s) => `.q-editable ${s}`).join(', ');

/** The printed blocks of the page `article`, top to bottom. */
export function measurePage(article: HTMLElement, text: PageText): MeasuredBlock[] {
  const box = article.getBoundingClientRect();
  // Coordinates come zoomed (the view's CSS zoom); the page is 210 mm wide in its own px.
  const scale = box.width / article.offsetWidth || 1;
  const pitch = parseFloat(getComputedStyle(article).lineHeight);
  const y = (clientY: number): number => (clientY - box.top) / scale;
  const linesOf = (top: number, n: number): number[] => Array.from({ length: n }, (_, k) => top + k * pitch);
  const blockLines = (el: Element): number[] => {
    const r = el.getBoundingClientRect();
    return linesOf(y(r.top), Math.round(r.height / scale / pitch));
  };
  const out: MeasuredBlock[] = [];

  const head = article.querySelector('.doc-head');
  if (head) {
    const r = head.getBoundingClientRect();
    out.push({ kind: 'head', tops: [y(r.top)], height: r.height / scale / pitch });
  }

  // The printed lines when the page view draws them (DocumentPage), else the text box.
  const titleEl = article.querySelector('.doc-title-lines') ?? article.querySelector('.doc-title');
  if (titleText(text.title) && titleEl) {
    const r = titleEl.getBoundingClientRect();
    // The print view sets the title on the body pitch, broken where title-break.ts breaks it; the page view's text
    // box has its own line height, so only its place is read here.
    out.push({ kind: 'title', tops: linesOf(y(r.top), titleLines(text.title).length) });
    out.push({ kind: 'blank', tops: [y(r.bottom)] });
  }

  for (const para of paragraphs(article)) {
    if (para.inline) out.push({ kind: 'body', tops: inlineLines(para.leaves, y, pitch) });
    else {
      const el = para.leaves[0]!;
      const all = blockLines(el);
      // A heading problem without measures draws its status line (printed as a paragraph of its own) after its title.
      const lead = el.matches('.q-problem-title[data-lead-line]') ? all.length - textLines(el, y, pitch) : 0;
      out.push({ kind: para.heading ? 'heading' : 'body', tops: all.slice(0, all.length - lead) });
      if (lead > 0) out.push({ kind: 'body', tops: all.slice(all.length - lead) });
    }
  }

  const signer = article.querySelector('.doc-signer');
  const date = article.querySelector('.doc-date');
  if ((text.signer || text.date) && signer && date) {
    const first = y((text.signer ? signer : date).getBoundingClientRect().top);
    const blanks = placeSignature(text.signer, text.date, text.seal).blankLinesBefore;
    out.push({
      kind: 'signature',
      tops: [...linesOf(first - blanks * pitch, blanks), ...(text.signer ? blockLines(signer) : []), ...(text.date ? blockLines(date) : [])],
    });
  }
  return out;
}

interface Paragraph {
  leaves: Element[];
  inline: boolean;
  heading: boolean;
}

function paragraphs(article: HTMLElement): Paragraph[] {
  // Innermost leaves only (a paragraph inside a leaf is the leaf's text).
  const leaves = [...article.querySelectorAll(LEAVES)].filter((el) => !el.querySelector(LEAF));
  const out: Paragraph[] = [];
  let prev: { el: Element; inline: boolean; parent: Element | null } | null = null;
  for (const el of leaves) {
    if (el.hasAttribute('data-empty') && !printsOrdinal(el)) continue;
    const inline = getComputedStyle(el).display === 'inline';
    const parent = inline ? blockOf(el) : null;
    if (inline && prev?.inline && prev.parent === parent) out[out.length - 1]!.leaves.push(el);
    else {
      const heading = !inline && (el.matches('.q-heading')
        || (el.matches('.q-problem-title') && el.closest('.q-problem')?.getAttribute('data-form') === 'heading'));
      out.push({ leaves: [el], inline, heading });
    }
    prev = { el, inline, parent };
  }
  return out;
}

/** An empty leaf prints nothing, unless it shows a bare ordinal (a run-in item without a heading of its own). */
function printsOrdinal(el: Element): boolean {
  const before = getComputedStyle(el, '::before').content;
  if (!before || before === 'none' || before === 'normal') return false;
  const placeholder = el.getAttribute('data-placeholder');
  return !placeholder || !before.includes(placeholder);
}

function blockOf(el: Element): Element | null {
  let a = el.parentElement;
  while (a && getComputedStyle(a).display === 'inline') a = a.parentElement;
  return a;
}

/** Lines of a run-on paragraph: the line fragments of its inline leaves (their ordinals included), by line. */
function inlineLines(leaves: Element[], y: (v: number) => number, pitch: number): number[] {
  const centres = leaves.flatMap((el) => [...el.getClientRects()].filter((r) => r.height > 0).map((r) => y(r.top + r.height / 2)));
  return linesFromCentres(centres, pitch);
}

/** Lines of an element's own text (without block pseudo-content after it). */
function textLines(el: Element, y: (v: number) => number, pitch: number): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const centres = [...range.getClientRects()].filter((r) => r.height > 0).map((r) => y(r.top + r.height / 2));
  return Math.max(1, linesFromCentres(centres, pitch).length);
}

function linesFromCentres(centres: number[], pitch: number): number[] {
  if (centres.length === 0) return [];
  const first = Math.min(...centres);
  const n = Math.round((Math.max(...centres) - first) / pitch) + 1;
  return Array.from({ length: n }, (_, k) => first - pitch / 2 + k * pitch);
}
