// Unit conversions for page layout: OOXML works in twips (1/20 pt) and half-points, CSS in mm/pt.

export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;
export const TWIP_PER_PT = 20;
export const TWIP_PER_INCH = PT_PER_INCH * TWIP_PER_PT;

/** Rounded, not floored: docx's convertMillimetersToTwip floors 37 mm to 2097 (GBT9704.md §1 note). */
export const mmToTwip = (mm: number): number => Math.round((mm / MM_PER_INCH) * TWIP_PER_INCH);
export const twipToMm = (tw: number): number => (tw / TWIP_PER_INCH) * MM_PER_INCH;
export const ptToTwip = (pt: number): number => Math.round(pt * TWIP_PER_PT);
export const twipToPt = (tw: number): number => tw / TWIP_PER_PT;
export const mmToPt = (mm: number): number => (mm / MM_PER_INCH) * PT_PER_INCH;
export const ptToMm = (pt: number): number => (pt / PT_PER_INCH) * MM_PER_INCH;
/** `w:sz` is in half-points. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
export const halfPointsToPt = (hp: number): number => hp / 2;

/** A CSS length with at most 3 decimals, e.g. css(28.95, 'pt') → "28.95pt". */
export function css(value: number, unit: 'mm' | 'pt'): string {
  return `${Number(value.toFixed(3))}${unit}`;
}
