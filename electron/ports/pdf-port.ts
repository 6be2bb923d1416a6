// The Electron printer behind core's PdfPort (a function html → PDF bytes), plus the font check it can answer
// better than a folder listing: the Windows registry, fontconfig, and which open font stands in for a missing one.
import type { FontProfile, FontRole } from '../../core/common/layout/fonts';

export type { PdfPort } from '../../core/node/services/ports';

export interface FontStatus {
  role: FontRole;
  /** The typeface the profile asks for (方正小标宋简体). */
  name: string;
  installed: boolean;
  /** The open font that stands in on screen and in the PDF when `installed` is false; null when none is installed. */
  fallback: string | null;
}

export interface PdfPrinter {
  /** Prints `html` (self-contained: nothing is fetched) to PDF; page size and margins come from its @page CSS. */
  htmlToPdf(html: string): Promise<Uint8Array>;
  /** Checked before an export so the clerk is told which fonts the PDF will substitute. */
  checkFonts(profile: FontProfile): Promise<FontStatus[]>;
}
