// The editor's page view at the lengths of the layout spec the draft is exported with (GB/T 9704 or a local preset),
// as CSS custom properties: a preset chosen for export shows on screen too. The typefaces and the line-breaking rules
// are the print view's too, so the page view breaks lines — and with them pages — where the PDF does.
import { type FontProfile, WINDOWS_DEFAULT, cssFontFamily, cssLatinFace } from '../layout/fonts';
import { BUILTIN_PRESETS, type LayoutPreset, STANDARD_PRESET, cssLengths, resolveLayout } from '../layout/gbt9704';
import { pageLines } from '../layout/print-flow';
import { LAYOUT_RULES, cssRuleDeclarations } from '../layout/rules';

export function presetById(id: string | undefined): LayoutPreset {
  return BUILTIN_PRESETS.find((p) => p.id === id) ?? STANDARD_PRESET;
}

export type PageViewVars = Record<`--${string}`, string>;

export function pageViewVars(preset: LayoutPreset, fonts: FontProfile = WINDOWS_DEFAULT): PageViewVars {
  const c = cssLengths(resolveLayout(preset, fonts));
  const bold = new Set(preset.boldLevels ?? []);
  return {
    '--page-margin-top': c.marginTop,
    '--page-margin-right': c.marginRight,
    '--page-margin-bottom': c.marginBottom,
    '--page-margin-left': c.marginLeft,
    '--page-line': c.lineHeight,
    '--page-body-size': c.bodySize,
    '--page-tracking': c.letterSpacing,
    '--page-title-size': c.titleSize,
    '--page-type-height': c.typeAreaHeight,
    '--page-h3-weight': bold.has(3) ? 'bold' : 'normal',
    '--page-h4-weight': bold.has(4) ? 'bold' : 'normal',
    // The print view's font lists (digits and Latin in the Latin face, as printed): the same glyph widths.
    '--fangsong': cssFontFamily(fonts, 'fangsong'),
    '--heiti': cssFontFamily(fonts, 'heiti'),
    '--kaiti': cssFontFamily(fonts, 'kaiti'),
  };
}

/** The page view's stylesheet beyond lengths: the Latin face and the print view's line-breaking rules (rules.ts). */
export function pageViewCss(fonts: FontProfile = WINDOWS_DEFAULT): string {
  return `${cssLatinFace(fonts)}
.view-page .page .q-editable { ${cssRuleDeclarations(LAYOUT_RULES)} font-kerning: none; word-break: normal; }`;
}

/** Room of one page of the preset in line pitches (the paginator's page). */
export const pageViewRoom = (preset: LayoutPreset): number => pageLines(resolveLayout(preset));
