import { describe, expect, it } from 'vitest';
import { pageViewVars, presetById } from '../../../core/common/view/page-metrics';

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
});
