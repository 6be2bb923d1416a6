// The page view's page breaks: where the PDF starts each page, drawn as the gap between two sheets with the new
// page's number. The pagination is core's (layout/paginate.ts, the PDF's rules); the page view only measures its
// lines. Recomputed after layout-affecting changes, batched: a keystroke only restarts a timer.
import { type RefObject, useEffect, useRef, useState } from 'react';
import { paginate } from '../../../../../core/common/layout/paginate';
import { flowBlock } from '../../../../../core/common/layout/print-flow';
import { type MeasuredBlock, type PageText, measurePage } from './measure';

/** Quiet time after the last change before measuring: typing never waits for it. */
export const PAGE_BREAKS_DELAY_MS = 300;

export const PAGE_BREAKS_MEASURE = 'qicao.page-breaks';

/** Tops (page px) of pages 2…n: where each page's first line is drawn. */
export function pageTops(blocks: MeasuredBlock[], room: number): number[] {
  const starts = paginate(blocks.map((b) => flowBlock(b.kind, b.tops.length, b.height)), { pageLines: room });
  return starts.slice(1).map((s) => blocks[s.block]!.tops[s.line]!);
}

export interface PageBreaksProps {
  page: RefObject<HTMLElement | null>;
  text: PageText;
  /** Room of a page in line pitches for the draft's preset. */
  room: number;
}

export function PageBreaks({ page, text, room }: PageBreaksProps) {
  const [tops, setTops] = useState<number[] | null>(null);
  const latest = useRef({ text, room });
  latest.current = { text, room };
  const schedule = useRef<() => void>(() => undefined);

  useEffect(() => {
    const article = page.current;
    if (!article) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const run = (): void => {
      const start = performance.now();
      const next = pageTops(measurePage(article, latest.current.text), latest.current.room).map((t) => Math.round(t * 10) / 10);
      // A user timing, read by the benchmark (test/bench/page-breaks.bench.ts).
      performance.measure(PAGE_BREAKS_MEASURE, { start });
      setTops((prev) => (prev && prev.length === next.length && prev.every((v, i) => v === next[i]) ? prev : next));
    };
    // In the next frame the layout is due anyway, so measuring costs no layout of its own.
    schedule.current = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(run);
      }, PAGE_BREAKS_DELAY_MS);
    };
    // The whole page (the editor's root may be replaced), but not the breaks drawn here.
    const overlay = (n: Node): boolean => n instanceof Element && n.closest('.page-breaks') !== null
      || (n.parentElement?.closest('.page-breaks') ?? null) !== null;
    const mo = new MutationObserver((records) => {
      if (records.some((r) => !overlay(r.target))) schedule.current();
    });
    mo.observe(article, { subtree: true, childList: true, characterData: true, attributes: true });
    const ro = new ResizeObserver(() => schedule.current());
    ro.observe(article);
    void document.fonts.ready.then(() => schedule.current());
    schedule.current();
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      mo.disconnect();
      ro.disconnect();
      schedule.current = () => undefined;
    };
  }, [page]);

  useEffect(() => schedule.current(), [text.title, text.signer, text.date, text.seal, room]);

  return (
    // data-pages: the page count, once measured.
    <div className="page-breaks" aria-hidden="true" data-pages={tops ? tops.length + 1 : undefined}>
      {(tops ?? []).map((top, i) => (
        <div key={i} className="page-break" data-page={i + 2} style={{ top }}>
          <span>第 {i + 2} 页</span>
        </div>
      ))}
    </div>
  );
}
