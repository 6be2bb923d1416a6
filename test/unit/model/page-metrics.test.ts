import { describe, expect, it } from 'vitest';
import { TRADITIONAL_GB2312, WINDOWS_DEFAULT } from '../../../core/common/layout/fonts';
import { LAYOUT_RULES, cssRuleDeclarations } from '../../../core/common/layout/rules';
import { printCss } from '../../../core/common/print';
import { resolveLayout } from '../../../core/common/layout/gbt9704';
import { pageViewCss, pageViewRoom, pageViewVars, presetById } from '../../../core/common/view/page-metrics';

describe('page view metrics from the layout spec', () => {
  it('the standard: 37/35/28/26 mm margins, 28.95 pt lines, 3号 body', () => {
    const v = pageViewVars(presetById('gbt9704'));
    expect(v).toMatchObject({ '--page-margin-top': '37mm', '--page-margin-bottom': '35mm', '--page-margin-left': '28mm', '--page-margin-right': '26mm', '--page-body-size': '16pt', '--page-h3-weight': 'normal' });
    expect(v['--page-line']).toBe('28.95pt');
  });
  it('local presets change what the page view shows: 28 pt lines, 34.58 mm bottom margin, bold 1. headings', () => {
    expect(pageViewVars(presetById('pitch28'))['--page-line']).toBe('28pt');
    expect(pageViewVars(presetById('margin3458'))['--page-margin-bottom']).toBe('34.58mm');
    expect(pageViewVars(presetById('bold3'))['--page-h3-weight']).toBe('bold');
    expect(presetById('unknown').id).toBe('gbt9704');
  });

  it('the page view sets its text in the print view’s typefaces and line rules, so its lines break as printed', () => {
    for (const fonts of [WINDOWS_DEFAULT, TRADITIONAL_GB2312]) {
      const v = pageViewVars(presetById('gbt9704'), fonts);
      const css = printCss(resolveLayout(presetById('gbt9704'), fonts));
      // The same font list as the print view's body (Latin face first, then the profile's 仿宋 and open fallbacks).
      expect(css).toContain(`font-family: ${v['--fangsong']};`);
      expect(v['--fangsong']).toContain(fonts.cjk.fangsong);
      expect(pageViewCss(fonts)).toContain(cssRuleDeclarations(LAYOUT_RULES));
      expect(pageViewCss(fonts)).toMatch(/@font-face \{ font-family: QicaoLatin; src: local\('Times New Roman'\)/);
    }
    expect(pageViewVars(presetById('gbt9704'), TRADITIONAL_GB2312)['--kaiti']).toContain('楷体_GB2312');
  });
  it('a page holds 22 lines at every preset', () => {
    for (const id of ['gbt9704', 'pitch28', 'margin3458']) expect(Math.floor(pageViewRoom(presetById(id)))).toBe(22);
  });
});
