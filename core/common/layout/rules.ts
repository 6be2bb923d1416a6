// The line- and page-breaking rules both files state explicitly, so Word/WPS/LibreOffice and Chromium break at the
// same places: one set of values, written into the DOCX (docDefaults, Normal, settings.xml) and the print CSS.

export interface LayoutRules {
  /**
   * Widow/orphan control. Off, as in Word-made 公文 templates (widowControl 0, GBT9704.md §12): a page is filled to
   * its 22nd line. CSS: orphans/widows 1. Word's default is on, so the DOCX must say 0.
   */
  widowControl: boolean;
  /**
   * Extra space between 汉字 and Latin letters/digits (Word autoSpaceDE/autoSpaceDN, CSS text-autospace). Off: the
   * Std counts a half-width digit as half a 字 and 署名/日期 widths assume so; Word's default is on, so say 0.
   */
  autoSpace: boolean;
  /** Punctuation compression (Word characterSpacingControl, CSS text-spacing-trim). Off: every mark keeps a full cell. */
  compressPunctuation: boolean;
  /** 避头尾 (kinsoku): no closing mark starts a line, no opening mark ends one. On in both (CSS line-break: strict). */
  kinsoku: boolean;
  /**
   * Hanging punctuation past the right edge (Word overflowPunct, on by default; LibreOffice follows it). Off: Chromium
   * cannot hang punctuation, so the DOCX must not either, or the two break lines differently.
   */
  hangingPunctuation: boolean;
}

export const LAYOUT_RULES: LayoutRules = {
  widowControl: false,
  autoSpace: false,
  compressPunctuation: false,
  kinsoku: true,
  hangingPunctuation: false,
};

/** Marks that may not start a line (GB/T 15834 and Word's zh-CN kinsoku list, common part). */
export const NO_LINE_START = '!%),.:;?]}¢°·’"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？！］｝～”〉》」』】〙〛︰︱︳﹐﹑﹒﹔﹕﹖﹘︶︸︺︼︾﹀﹂﹗｜､…—';
/** Marks that may not end a line. */
export const NO_LINE_END = '$(£¥·‘"〈《「『【〔〖〝﹙﹛＄（．［｛￡￥“〘〚';

/** Word's characterSpacingControl value for the rules. */
export const characterSpacingControl = (r: LayoutRules): 'doNotCompress' | 'compressPunctuation' =>
  r.compressPunctuation ? 'compressPunctuation' : 'doNotCompress';

/**
 * The paragraph properties (CT_PPr children in schema order) that state the rules in a DOCX style or docDefaults:
 * widowControl, kinsoku, overflowPunct, autoSpaceDE, autoSpaceDN.
 */
export function docxRulePPr(r: LayoutRules = LAYOUT_RULES): string {
  const on = (v: boolean) => (v ? '1' : '0');
  return `<w:widowControl w:val="${on(r.widowControl)}"/>`
    + `<w:kinsoku w:val="${on(r.kinsoku)}"/>`
    + `<w:overflowPunct w:val="${on(r.hangingPunctuation)}"/>`
    + `<w:autoSpaceDE w:val="${on(r.autoSpace)}"/><w:autoSpaceDN w:val="${on(r.autoSpace)}"/>`;
}

/** The same rules as CSS declarations for the body of the print view (and the page view). */
export function cssRuleDeclarations(r: LayoutRules = LAYOUT_RULES): string {
  const lines = r.widowControl ? 2 : 1;
  return [
    `orphans: ${lines}; widows: ${lines};`,
    `text-autospace: ${r.autoSpace ? 'normal' : 'no-autospace'};`,
    // Chromium ≥ 123 trims adjacent CJK punctuation unless told to keep a full cell for each.
    `text-spacing-trim: ${r.compressPunctuation ? 'normal' : 'space-all'};`,
    `line-break: ${r.kinsoku ? 'strict' : 'normal'};`,
    'hanging-punctuation: none;',
  ].join(' ');
}
