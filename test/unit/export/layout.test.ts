import { describe, expect, it } from 'vitest';
import { TRADITIONAL_GB2312, cssFontFamily, customFontProfile } from '../../../core/common/layout/fonts';
import {
  BUILTIN_PRESETS, LINE_PITCH_TW, MARGIN_MM, MARGIN_TW, PAPER_TW, charSpaceFor, cssLengths, linesThatFit, pageNumberText,
  resolveLayout, typeAreaHeight, typeAreaWidth,
} from '../../../core/common/layout/gbt9704';
import { LAYOUT_RULES, characterSpacingControl, cssRuleDeclarations, docxRulePPr } from '../../../core/common/layout/rules';
import { placeSignature, widthInChars } from '../../../core/common/layout/signature';
import { mmToPt, mmToTwip, ptToHalfPoints, ptToMm, twipToMm } from '../../../core/common/layout/units';

describe('units', () => {
  it('converts mm to integer twips by rounding (37 mm → 2098, not docx’s floored 2097)', () => {
    expect(mmToTwip(37)).toBe(2098);
    expect(mmToTwip(35)).toBe(1984);
    expect(mmToTwip(28)).toBe(1587); // Word's template writes 1588; both are within 0.02 mm
    expect(mmToTwip(26)).toBe(1474);
    expect(twipToMm(11906)).toBeCloseTo(210, 1);
    expect(mmToPt(25.4)).toBe(72);
    expect(ptToMm(72)).toBe(25.4);
    expect(ptToHalfPoints(16)).toBe(32);
  });
  it('keeps the standard margins as the constants GBT9704.md §1 gives', () => {
    for (const side of ['top', 'bottom', 'left', 'right'] as const) expect(Math.abs(twipToMm(MARGIN_TW[side]) - MARGIN_MM[side])).toBeLessThan(0.05);
  });
});

describe('GB/T 9704 grid (calc in GBT9704.md §1)', () => {
  const spec = resolveLayout();
  it('fills the 版心 with 22 lines of 579 tw; 580 gives only 21', () => {
    const h = PAPER_TW.height - MARGIN_TW.top - MARGIN_TW.bottom;
    expect(h).toBe(12756);
    expect(linesThatFit(h, LINE_PITCH_TW)).toBe(22);
    expect(linesThatFit(h, 580)).toBe(21);
    expect(spec.grid).toEqual({ lines: 22, chars: 28, linePitch: 579, charSpace: -849 });
    expect(typeAreaHeight(spec)).toBe(12756);
  });
  it('gives charSpace −849 and a 2-字 indent of 632 tw on the 8844 tw line', () => {
    expect(typeAreaWidth(spec)).toBe(8844);
    expect(charSpaceFor(8844, 28, 32)).toBe(-849);
    expect(spec.firstLine).toBe(632);
    expect(spec.firstLineChars).toBe(200);
    // The one spacing (DOCX run spacing = CSS letter-spacing) that puts 28 (never 29) 三号 字 on a line.
    expect(spec.charSpacing).toBe(-6);
    const glyph = 16 + spec.charSpacing / 20;
    expect(28 * glyph).toBeLessThanOrEqual(8844 / 20);
    expect(29 * glyph).toBeGreaterThan(8844 / 20);
  });
  it('applies presets over the standard', () => {
    const pitch = resolveLayout(BUILTIN_PRESETS.find((p) => p.id === 'pitch28'));
    expect(pitch.line).toBe(560);
    expect(pitch.grid.lines).toBe(22);
    expect(resolveLayout(BUILTIN_PRESETS.find((p) => p.id === 'bold3')).bold).toEqual({ 1: false, 2: false, 3: true, 4: false });
    expect(resolveLayout({ marginsMm: { bottom: 34.58 } }).page.margin.bottom).toBe(1960);
    expect(resolveLayout().bold[3]).toBe(false);
  });
  it('writes the page number with em dashes', () => {
    expect(pageNumberText(spec, 3)).toBe('\u2014 3 \u2014');
  });
  it('gives CSS lengths for the print view and page view', () => {
    const c = cssLengths(spec);
    expect(c.pageMargin).toBe('37mm 26mm 35mm 28mm');
    expect(c.lineHeight).toBe('28.95pt');
    expect(c.bodySize).toBe('16pt');
    // The print view's pitch is the DOCX's: letter-spacing = w:spacing / 20.
    expect(parseFloat(c.letterSpacing)).toBe(spec.charSpacing / 20);
    expect(28 * (16 + parseFloat(c.letterSpacing))).toBeLessThanOrEqual(mmToPt(156));
    expect(c.pageNumberFromBottom).toBe('28mm');
  });
});

describe('line-breaking rules, one set for both files', () => {
  it('states widow control, autospace, compression, kinsoku and hanging punctuation for the DOCX', () => {
    const x = docxRulePPr(LAYOUT_RULES);
    expect(x).toBe('<w:widowControl w:val="0"/><w:kinsoku w:val="1"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
    expect(characterSpacingControl(LAYOUT_RULES)).toBe('doNotCompress');
  });
  it('states the same rules in CSS', () => {
    const c = cssRuleDeclarations(LAYOUT_RULES);
    for (const d of ['orphans: 1', 'widows: 1', 'text-autospace: no-autospace', 'text-spacing-trim: space-all', 'line-break: strict', 'hanging-punctuation: none']) expect(c).toContain(d);
  });
  it('follows a change of a rule in both files', () => {
    const on = { ...LAYOUT_RULES, widowControl: true, autoSpace: true, compressPunctuation: true };
    expect(docxRulePPr(on)).toContain('<w:widowControl w:val="1"/>');
    expect(docxRulePPr(on)).toContain('<w:autoSpaceDE w:val="1"/>');
    expect(cssRuleDeclarations(on)).toContain('widows: 2');
    expect(cssRuleDeclarations(on)).toContain('text-autospace: normal');
    expect(characterSpacingControl(on)).toBe('compressPunctuation');
  });
});

describe('fonts', () => {
  it('has Windows, _GB2312 and user-defined profiles', () => {
    expect(resolveLayout().fonts.cjk).toEqual({ fangsong: '仿宋', heiti: '黑体', kaiti: '楷体', songti: '宋体', xiaobiaosong: '方正小标宋简体' });
    expect(TRADITIONAL_GB2312.cjk.fangsong).toBe('仿宋_GB2312');
    expect(customFontProfile({ fangsong: '华文仿宋' }).cjk).toMatchObject({ fangsong: '华文仿宋', heiti: '黑体' });
  });
  it('lists local names and open fallbacks in CSS, Latin face first', () => {
    const fam = cssFontFamily(resolveLayout().fonts, 'fangsong');
    expect(fam.startsWith('QicaoLatin, FangSong, ')).toBe(true);
    expect(fam).toContain("'Noto Serif CJK SC'");
    expect(fam.endsWith('serif')).toBe(true);
  });
});

describe('署名 and 成文日期 (7.3.5)', () => {
  it('counts half-width digits as half a 字', () => {
    expect(widthInChars('2025年2月17日')).toBe(6.5);
    expect(widthInChars('中共某某党组')).toBe(6);
  });
  it('with seal: date 右空四字, signer centred over the date', () => {
    expect(placeSignature('中共某某党组', '2025年2月17日', true)).toMatchObject({ dateRight: 4, signerRight: 4.25 });
  });
  it('without seal: signer 右空二字, date starts 2 字 right of the signer', () => {
    const p = placeSignature('中共莆田市司法局党组', '2025年2月17日', false);
    expect(p.signerRight).toBe(2);
    // signer starts at W − 2 − 10; the date at W − dateRight − 6.5 must be 2 字 further right.
    expect(-p.dateRight - 6.5).toBe(-2 - 10 + 2);
  });
  it('without seal and a date longer than the signer: date 右空二字, signer moves left', () => {
    const p = placeSignature('某局', '2025年12月17日', false);
    expect(p.dateRight).toBe(2);
    expect(-p.signerRight - 2 + 2).toBe(-p.dateRight - 7);
  });
});
