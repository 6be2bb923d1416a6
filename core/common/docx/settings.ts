// word/settings.xml as Word writes it for a 公文 (GBT9704.md §12): odd/even footers, the East-Asian layout settings
// and the line-breaking rules of layout/rules.ts, stated rather than left to each program's defaults.
import type { LayoutSpec } from '../layout/gbt9704';
import { LAYOUT_RULES, characterSpacingControl } from '../layout/rules';

/**
 * Word's own compat list in Word-made 公文 templates (CT_Compat order). useFELayout turns on East-Asian line
 * layout, doNotExpandShiftReturn keeps a justified line ending in a manual break from being spread,
 * balanceSingleByteDoubleByteWidth gives a half-width character exactly half a 字.
 */
export const COMPAT = [
  'spaceForUL', 'balanceSingleByteDoubleByteWidth', 'doNotLeaveBackslashAlone', 'ulTrailSpace', 'doNotExpandShiftReturn',
  'adjustLineHeightInTable', 'useFELayout',
] as const;

/** Default tab stop: 2 字 on the line's pitch, so a Tab at the start of a line lands where 左空二字 does. */
export const defaultTabStop = (spec: LayoutSpec): number => spec.firstLine;

/** CT_Settings children in schema order. */
export function settingsXml(spec: LayoutSpec): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + (spec.page.mirror ? '<w:mirrorMargins/>' : '')
    + `<w:defaultTabStop w:val="${defaultTabStop(spec)}"/>`
    + '<w:evenAndOddHeaders/>'
    + `<w:drawingGridHorizontalSpacing w:val="${Math.round(spec.charPitch / 2)}"/>`
    + `<w:drawingGridVerticalSpacing w:val="${spec.line}"/>`
    + `<w:characterSpacingControl w:val="${characterSpacingControl(LAYOUT_RULES)}"/>`
    + '<w:compat>'
    + COMPAT.map((c) => `<w:${c}/>`).join('')
    + '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    + '</w:compat>'
    + '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
    + '</w:settings>';
}
