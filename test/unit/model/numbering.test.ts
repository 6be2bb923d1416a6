import { describe, expect, it } from 'vitest';
import { measure, problem, section } from '../../../core/common/model/build';
import { computeNumbering, headingOrdinal, shiOrdinal } from '../../../core/common/model/numbering';
import { parseChineseNumeral, toChineseNumeral } from '../../../core/common/model/numerals';

describe('Chinese numerals', () => {
  it('writes 1–99 as a clerk would', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 30, 99].map(toChineseNumeral)).toEqual([
      '一', '九', '十', '十一', '十九', '二十', '二十一', '三十', '九十九',
    ]);
  });
  it('parses back every value to 99', () => {
    for (let n = 1; n < 100; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    expect(parseChineseNumeral('十十')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
  it('refuses zero and fractions', () => {
    expect(() => toChineseNumeral(0)).toThrow();
    expect(() => toChineseNumeral(1.5)).toThrow();
  });
});

describe('computed numbering', () => {
  it('gives the four GB/T 9704 heading forms by level', () => {
    expect([1, 2, 3, 4].map((l) => headingOrdinal(l, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
  });
  it('numbers 一是 past 十', () => {
    expect(shiOrdinal(10)).toBe('十是');
    expect(shiOrdinal(11)).toBe('十一是');
    expect(shiOrdinal(21)).toBe('二十一是');
  });
  it('resets below each parent and skips unnumbered headings', () => {
    const a = section('generic', 'A', [section('generic', 'a1'), section('generic', 'a2')]);
    const un = section('generic', '无序号', [], { numbered: false });
    const b = section('generic', 'B', [section('generic', 'b1', [section('generic', 'x'), section('generic', 'y')])]);
    const n = computeNumbering([a, un, b]);
    expect(n.get(a.id)).toBe('一、');
    expect(n.has(un.id)).toBe(false);
    expect(n.get(b.id)).toBe('二、');
    expect(n.get(a.children[1]!.id)).toBe('（二）');
    expect(n.get((b.children[0] as ReturnType<typeof section>).children[1]!.id)).toBe('2.');
  });
  it('continues levels 3 and 4 across parents when the section asks for it (1.…15., (1)…(38))', () => {
    const p = (t: string) => problem(t, [measure('m1'), measure('m2')]);
    const cat1 = section('category', 'c1', [p('p1'), p('p2')]);
    const cat2 = section('category', 'c2', [p('p3')]);
    const cat3 = section('category', 'c3', [p('p4')]);
    const asp1 = section('aspect', 'a1', [cat1, cat2]);
    const asp2 = section('aspect', 'a2', [cat3]);
    const top = section('rectification', '整改情况', [asp1, asp2], { continuousNumbering: true });
    const n = computeNumbering([top]);
    expect(n.get(cat3.id)).toBe('3.');
    expect(n.get(cat3.children[0]!.id)).toBe('（4）');
    expect(n.get(asp2.id)).toBe('（二）');
    const first = cat1.children[0] as ReturnType<typeof problem>;
    expect(first.measures.map((m) => n.get(m.id))).toEqual(['一是', '二是']);
  });
  it('does not number a lone measure or a lone inline problem', () => {
    const lone = problem('针对x的问题', [measure('only')], { form: 'inline' });
    const cat = section('category', 'c', [lone]);
    const n = computeNumbering([cat]);
    expect(n.has(lone.id)).toBe(false);
    expect(n.has(lone.measures[0]!.id)).toBe(false);
  });
});
