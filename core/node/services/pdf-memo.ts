// A PdfPort that prints each print view once: the same HTML again (the whole input to Chromium) gets the bytes of the
// last print, and a print of it already under way is joined, not repeated. Keyed by the full text, so a PDF can only
// come back for exactly the page it was printed from; a failed print is not kept.
import type { PdfPort } from './ports';

/** Two: an internal document may be printed twice (once more with a blank page before the 版记). */
const KEEP = 2;

/** Each caller its own copy: one that changes its bytes (the text-layer fix) cannot change the kept ones. */
const copyOf = (bytes: Promise<Uint8Array>): Promise<Uint8Array> => bytes.then((b) => b.slice());

export function memoPdf(print: PdfPort): PdfPort {
  const kept: { html: string; bytes: Promise<Uint8Array> }[] = [];
  return (html) => {
    const hit = kept.find((k) => k.html === html);
    if (hit) return copyOf(hit.bytes);
    const bytes = print(html);
    const entry = { html, bytes };
    kept.unshift(entry);
    kept.length = Math.min(kept.length, KEEP);
    bytes.catch(() => {
      const i = kept.indexOf(entry);
      if (i >= 0) kept.splice(i, 1);
    });
    return copyOf(bytes);
  };
}
