// The editor's page view at the lengths of the layout spec the draft is exported with (GB/T 9704 or a local preset),
// as CSS custom properties: a preset chosen for export shows on screen too.
import { BUILTIN_PRESETS, type LayoutPreset, STANDARD_PRESET, cssLengths, resolveLayout } from '../layout/gbt9704';

export function presetById(id: string | undefined): LayoutPreset {
  return BUILTIN_PRESETS.find((p) => p.id === id) ?? STANDARD_PRESET;
}

export type PageViewVars = Record<`--${string}`, string>;

export function pageViewVars(preset: LayoutPreset): PageViewVars {
  const c = cssLengths(resolveLayout(preset));
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
  };
}
