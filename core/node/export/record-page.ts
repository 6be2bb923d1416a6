// The 版记 on an even page in the PDF, as in the DOCX (Std 7.4: the 版记 is the last page, the back of a sheet).
// CSS cannot ask Chromium for a left page, so print once and, when the 版记 fell on an odd page, print again
// with one blank page before it. Works with any printer (playwright in the CLI/browser host, printToPDF in
// Electron). The text layer is then made to name ideographs, not radicals (pdf-text.ts).
import { type PrintHtmlOptions, buildPrintHtml } from '../../common/print';
import type { Draft } from '../../common/model/types';
import { unifyIdeographText } from './pdf-text';

/** Pages of a PDF as Chromium writes it: page objects are never in compressed object streams there. */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

export async function printDraftPdf(
  draft: Draft, opts: PrintHtmlOptions, print: (html: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const first = await print(buildPrintHtml(draft, { ...opts, recordPad: false }));
  const internal = opts.internal ?? draft.options.internal;
  const bytes = !internal || pdfPageCount(first) % 2 === 0 ? first : await print(buildPrintHtml(draft, { ...opts, recordPad: true }));
  return unifyIdeographText(bytes);
}
