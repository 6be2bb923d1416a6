// The next PDF printed ahead: once a draft has been exported to PDF, each save of it is followed, when the clerk
// pauses, by a print of its new text with the same options in the background, so the export that follows finds it
// printed (a Chromium print of a putian-size notice takes most of a second, nearly all in Chromium: README, benchmarks).
// Exports and prints ahead go through one memoised port (pdf-memo.ts): the export gets bytes printed ahead only when
// its print view is the very same HTML; anything else is printed afresh. Drafts never exported to PDF cost nothing.
import type { Draft } from '../../common/model/types';
import type { PrintHtmlOptions } from '../../common/print';
import { printDraftPdf } from '../export/record-page';
import { memoPdf } from './pdf-memo';
import type { PdfPort } from './ports';

/** The pause after a save before printing ahead: typing goes on saving every second or so, and must not pay for it. */
export const PRINT_AHEAD_QUIET_MS = 1_500;
/** Drafts whose export options are remembered (a clerk works on a few at a time). */
const REMEMBERED = 8;

export interface PrintAhead {
  /** The port exports print through. */
  print: PdfPort;
  /** A PDF of the draft was exported with these options: print it ahead after its next saves. */
  exported(id: string, opts: PrintHtmlOptions): void;
  /** The draft was saved. */
  saved(id: string): void;
  close(): void;
}

export function printAhead(print: PdfPort, load: (id: string) => Draft, quietMs = PRINT_AHEAD_QUIET_MS): PrintAhead {
  const memo = memoPdf(print);
  const options = new Map<string, PrintHtmlOptions>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let running: Promise<unknown> = Promise.resolve();
  let closed = false;

  const printNow = (id: string): void => {
    timers.delete(id);
    const opts = options.get(id);
    if (closed || !opts) return;
    // A draft deleted meanwhile, or a print that fails, is the export's to report when it comes; not this.
    running = running.then(() => printDraftPdf(load(id), opts, memo)).catch(() => undefined);
  };

  return {
    print: memo,
    exported: (id, opts) => {
      options.delete(id);
      options.set(id, opts);
      if (options.size > REMEMBERED) options.delete(options.keys().next().value!);
    },
    saved: (id) => {
      if (closed || !options.has(id)) return;
      clearTimeout(timers.get(id));
      const t = setTimeout(() => printNow(id), quietMs);
      // A waiting print must not keep a finished process alive.
      t.unref?.();
      timers.set(id, t);
    },
    close: () => {
      closed = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
