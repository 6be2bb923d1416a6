// Radicals standing for ideographs (text copied from PDFs, and the PDFs' own text maps).
import { describe, expect, it } from 'vitest';
import { ideographForRadical, isRadical, unifyRadicals } from '../../../core/common/unicode/radicals';

describe('radicals → ideographs', () => {
  it('maps Kangxi radicals by NFKC and the supplement by UCD EquivalentUnifiedIdeograph', () => {
    expect(ideographForRadical('\u2f47')).toBe('日');
    expect(ideographForRadical('\u2f00')).toBe('一');
    expect(ideographForRadical('\u2ed3')).toBe('长');
    expect(ideographForRadical('\u2ec5')).toBe('见');
    expect(ideographForRadical('\u2ea0')).toBe('民');
    // Outside the BMP: one code point, two UTF-16 units.
    expect(ideographForRadical('\u2e87')).toBe('\u{20628}');
  });

  it('leaves what stands for nothing', () => {
    expect(ideographForRadical('\u2e80')).toBeUndefined();
    expect(ideographForRadical('日')).toBeUndefined();
    expect(ideographForRadical('，')).toBeUndefined();
  });

  it('names a unified ideograph for every supplement radical it maps', () => {
    let mapped = 0;
    for (let cp = 0x2e80; cp <= 0x2fdf; cp++) {
      const out = ideographForRadical(String.fromCodePoint(cp));
      if (out === undefined) continue;
      mapped++;
      expect([...out]).toHaveLength(1);
      expect(out, `U+${cp.toString(16)}`).toMatch(/^\p{Script=Han}$/u);
      expect(isRadical(out.codePointAt(0)!)).toBe(false);
    }
    // 114 supplement rows (U+2E81–U+2EF3 less U+2E9A) + 214 Kangxi radicals.
    expect(mapped).toBe(114 + 214);
  });

  it('unifies a sentence as a PDF viewer copies it', () => {
    expect(unifyRadicals('2023年4⽉20⽇⾄5⽉31⽇，⼋届市委巡察组，⻓效机制')).toBe('2023年4月20日至5月31日，八届市委巡察组，长效机制');
  });
});
