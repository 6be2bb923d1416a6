// Every number of GB/T 9704-2012 (see /work/shared/GBT9704.md) in one place; DOCX, print HTML and page view read this.
import { type FontProfile, type FontRole, WINDOWS_DEFAULT } from './fonts';
import { css, mmToTwip, ptToMm, twipToPt } from './units';

/** A4 (Std 5.1). */
export const PAPER_MM = { width: 210, height: 297 } as const;
export const PAPER_TW = { width: 11906, height: 16838 } as const;

/** 天头 37, 订口 28, 版心 156 × 225 mm (Std 5.2.1); bottom/right are what is left. */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
/** Integer twips as a Word-made template writes them (GBT9704.md §1): 37 mm = 2097.6 → 2098, and so on. */
export const MARGIN_TW = { top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;
export const TYPE_AREA_MM = { width: 156, height: 225 } as const;

/** 22 lines × 28 字, 撑满版心 (Std 5.2.3). */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 22 × 579 = 12738 ≤ 12756 tw of content height; 580 would give only 21 lines (GBT9704.md §1 calc). */
export const LINE_PITCH_TW = 579;
/** 28 pt: the pitch most local templates use (22 lines, ≈7.7 mm left empty at the bottom). */
export const LINE_PITCH_28PT_TW = 560;

/** 字号 in half-points (w:sz): 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { er: 44, san: 32, si: 28, xiaochu: 72 } as const;

/** Header/footer distances from the page edge; footer 1418 tw as the Word-made template (GBT9704.md §6). */
export const HEADER_TW = 851;
export const FOOTER_TW = 1418;

/** 页码: 4号半角宋体 with 一字线 both sides; 一字线上距版心下边缘 7 mm; 单页右空一字, 双页左空一字 (Std 7.5). */
export const PAGE_NUMBER = {
  size: SIZE.si,
  dash: '\u2014',
  /** Space between dash and digits is not in the Std; one ASCII space each side is common practice. */
  gap: ' ',
  /** 1 字 at 三号 = 16 pt = 320 tw (GBT9704.md §6 picks 16 pt over 14 pt). */
  sideIndentTw: 320,
  belowTypeAreaMm: 7,
} as const;

/** 版记 rules (Std 7.4): first and last 0.35 mm (w:sz 8 eighths of a pt ≈ 1 pt), middle 0.25 mm (6). */
export const RECORD = { size: SIZE.si, thickBorder: 8, thinBorder: 6, sideChars: 1 } as const;

/** 版头 (Std 7.2): red 发文机关标志 35 mm below the 版心 top; red rule 4 mm below 发文字号. */
export const HEAD = {
  red: 'FF0000',
  markTopMm: 35,
  /** Size is the organ's choice; 小初 (36 pt) is common, shrunk to fit the 版心 width. */
  markSize: SIZE.xiaochu,
  ruleBelowMm: 4,
  /** Practice: 1–2.25 pt; in eighths of a point. */
  ruleBorder: 12,
  /** 签发人 居右空一字 (7.2.6). */
  issuerRightChars: 1,
} as const;

/** The 发文字号 line, and with it the red rule 4 mm below it (7.2.7), prints only with a 字号 or a 签发人. */
export const hasDocNumberLine = (f: { docNumber: string; issuer: string }): boolean => !!(f.docNumber.trim() || f.issuer.trim());

export type HeadingLevel = 1 | 2 | 3 | 4;

/** Local practice that may override the standard (DESIGN.md §6); the standard is the default. */
export interface LayoutPreset {
  id?: string;
  label?: string;
  /** Exact line height and grid pitch in twips (560 = 28 pt). */
  linePitchTw?: number;
  /** Margins in mm per side, e.g. { bottom: 34.58 }. */
  marginsMm?: Partial<Record<'top' | 'bottom' | 'left' | 'right', number>>;
  /** Bold heading levels, e.g. [3] for 仿宋加粗 "1." headings (common practice, not in the Std). */
  boldLevels?: HeadingLevel[];
  /** Inside/outside margins for duplex printing (Word template practice; Std says 订口 = left). */
  mirrorMargins?: boolean;
  /** Text between the 一字线 and the digits. */
  pageNumberGap?: string;
}

export const STANDARD_PRESET: LayoutPreset = { id: 'gbt9704', label: 'GB/T 9704-2012 标准' };
export const BUILTIN_PRESETS: LayoutPreset[] = [
  STANDARD_PRESET,
  { id: 'pitch28', label: '行距固定值 28 磅', linePitchTw: LINE_PITCH_28PT_TW },
  { id: 'bold3', label: '三级标题加粗', boldLevels: [3] },
  { id: 'margin3458', label: '下边距 34.58 mm', marginsMm: { bottom: 34.58 } },
];

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The resolved layout: standard numbers with a preset and a font profile applied. All lengths in twips. */
export interface LayoutSpec {
  page: { width: number; height: number; margin: Margins; header: number; footer: number; mirror: boolean };
  /** The same margins in mm as the clerk set them (exact for CSS: 37/26/35/28 mm, not the rounded twips). */
  marginMm: Margins;
  /** docGrid type linesAndChars. */
  grid: { lines: number; chars: number; linePitch: number; charSpace: number };
  /** Exact line height of every paragraph. */
  line: number;
  /** Width of one grid cell (one 字 on the page). */
  charPitch: number;
  /** 左空二字 of every paragraph (7.3.3): Word uses firstLineChars, viewers the twips. */
  firstLineChars: number;
  firstLine: number;
  /**
   * Character spacing (1/20 pt) added to every glyph of 三号 text, in the DOCX (docDefaults and every style, so pasted
   * runs get it too) and as CSS letter-spacing in the print view: one pitch, 16 pt + this, in both files: −0.3 pt,
   * 15.7 pt per 字: 28 × 15.7 = 439.6 ≤ 442.2 pt < 29 × 15.7.
   * Paragraphs do not snap to the character grid (see docx/styles.ts for why).
   */
  charSpacing: number;
  size: { title: number; body: number; pageNumber: number; record: number };
  fonts: FontProfile;
  /** Typeface role per heading level (7.3.3: 黑体, 楷体, 仿宋, 仿宋). */
  headingFont: Record<HeadingLevel, FontRole>;
  bold: Record<HeadingLevel, boolean>;
  pageNumber: { dash: string; gap: string; sideIndent: number };
  preset: LayoutPreset;
}

/**
 * One 1/20-pt step below the largest spacing that fits 28 cells (−0.25 pt): LibreOffice sets only 27 字 at −0.25 pt
 * (measured; it rounds glyph advances up), Word and Chromium 28. −0.3 pt gives 28 in all three.
 */
export const CHAR_SPACING_SLACK = 1;

/**
 * w:charSpace in 1/4096 pt so that `chars` cells fill `widthTw` (GBT9704.md §1). Floored so 28 cells never
 * exceed the 版心: 8844 tw gives −849, the value Word writes.
 */
export function charSpaceFor(widthTw: number, chars: number, fontHalfPoints: number): number {
  const pitchPt = widthTw / chars / 20;
  return Math.floor((pitchPt - fontHalfPoints / 2) * 4096);
}

/** Most lines of `pitchTw` that fit the content height; 22 with the standard margins and 579. */
export function linesThatFit(contentHeightTw: number, pitchTw: number): number {
  return Math.floor(contentHeightTw / pitchTw);
}

export function resolveLayout(preset: LayoutPreset = STANDARD_PRESET, fonts: FontProfile = WINDOWS_DEFAULT): LayoutSpec {
  const m = preset.marginsMm ?? {};
  const margin: Margins = {
    top: m.top !== undefined ? mmToTwip(m.top) : MARGIN_TW.top,
    bottom: m.bottom !== undefined ? mmToTwip(m.bottom) : MARGIN_TW.bottom,
    left: m.left !== undefined ? mmToTwip(m.left) : MARGIN_TW.left,
    right: m.right !== undefined ? mmToTwip(m.right) : MARGIN_TW.right,
  };
  const line = preset.linePitchTw ?? LINE_PITCH_TW;
  const width = PAPER_TW.width - margin.left - margin.right;
  const height = PAPER_TW.height - margin.top - margin.bottom;
  const charPitch = width / CHARS_PER_LINE;
  const bold = new Set(preset.boldLevels ?? []);
  return {
    page: { width: PAPER_TW.width, height: PAPER_TW.height, margin, header: HEADER_TW, footer: FOOTER_TW, mirror: !!preset.mirrorMargins },
    marginMm: { ...MARGIN_MM, ...m },
    grid: {
      lines: Math.min(LINES_PER_PAGE, linesThatFit(height, line)),
      chars: CHARS_PER_LINE,
      linePitch: line,
      charSpace: charSpaceFor(width, CHARS_PER_LINE, SIZE.san),
    },
    line,
    charPitch,
    firstLineChars: 200,
    firstLine: Math.round(2 * charPitch),
    charSpacing: Math.min(0, Math.floor(charPitch - SIZE.san * 10) - CHAR_SPACING_SLACK),
    size: { title: SIZE.er, body: SIZE.san, pageNumber: PAGE_NUMBER.size, record: RECORD.size },
    fonts,
    headingFont: { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' },
    bold: { 1: bold.has(1), 2: bold.has(2), 3: bold.has(3), 4: bold.has(4) },
    pageNumber: { dash: PAGE_NUMBER.dash, gap: preset.pageNumberGap ?? PAGE_NUMBER.gap, sideIndent: PAGE_NUMBER.sideIndentTw },
    preset,
  };
}

/** Text width of the type area in twips. */
export const typeAreaWidth = (s: LayoutSpec): number => s.page.width - s.page.margin.left - s.page.margin.right;
export const typeAreaHeight = (s: LayoutSpec): number => s.page.height - s.page.margin.top - s.page.margin.bottom;

/** The page number as printed: "— 3 —". */
export function pageNumberText(s: LayoutSpec, n: number | string): string {
  return `${s.pageNumber.dash}${s.pageNumber.gap}${n}${s.pageNumber.gap}${s.pageNumber.dash}`;
}

/** The spec as CSS lengths, for the print view and the editor's page view. */
export interface CssLengths {
  pageSize: string;
  /** `@page` margin shorthand: top right bottom left. */
  pageMargin: string;
  marginTop: string;
  marginBottom: string;
  marginLeft: string;
  marginRight: string;
  typeAreaWidth: string;
  typeAreaHeight: string;
  lineHeight: string;
  /** The 三号 font size and the extra tracking so 28 汉字 fill the 版心 width. */
  bodySize: string;
  letterSpacing: string;
  titleSize: string;
  /** Title tracking: 二号 汉字 keep their own width (no grid). */
  charWidth: string;
  firstLineIndent: string;
  pageNumberSize: string;
  recordSize: string;
  /** Distance from the page bottom edge to the page-number line's centre (版心下 7 mm). */
  pageNumberFromBottom: string;
  pageNumberSideIndent: string;
}

export function cssLengths(s: LayoutSpec): CssLengths {
  const mm = (v: number): string => css(v, 'mm');
  const pt = (tw: number): string => css(twipToPt(tw), 'pt');
  const bodyPt = s.size.body / 2;
  const m = s.marginMm;
  const widthMm = PAPER_MM.width - m.left - m.right;
  return {
    pageSize: 'A4',
    pageMargin: `${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)}`,
    marginTop: mm(m.top),
    marginBottom: mm(m.bottom),
    marginLeft: mm(m.left),
    marginRight: mm(m.right),
    typeAreaWidth: mm(widthMm),
    typeAreaHeight: mm(PAPER_MM.height - m.top - m.bottom),
    lineHeight: pt(s.line),
    bodySize: css(bodyPt, 'pt'),
    // Chromium adds letter-spacing after every glyph: the same pitch as the DOCX's run spacing (one pitch, two files).
    letterSpacing: css(s.charSpacing / 20, 'pt'),
    titleSize: css(s.size.title / 2, 'pt'),
    charWidth: pt(s.charPitch),
    firstLineIndent: pt(2 * s.charPitch),
    pageNumberSize: css(s.size.pageNumber / 2, 'pt'),
    recordSize: css(s.size.record / 2, 'pt'),
    pageNumberFromBottom: css(m.bottom - PAGE_NUMBER.belowTypeAreaMm, 'mm'),
    pageNumberSideIndent: pt(s.pageNumber.sideIndent),
  };
}

export { ptToMm };
