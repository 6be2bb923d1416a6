import { describe, expect, it } from 'vitest';
import { findings, fixed } from './helpers';

describe('wording.glyph', () => {
  it('fixes the katakana ー of qingcheng ("下ー步", "五个ー")', () => {
    expect(fixed('三、下ー步工作计划', 'wording.glyph')).toBe('三、下一步工作计划');
    expect(fixed('继续全面推行“五个ー”教育矫治模式', 'wording.glyph')).toBe('继续全面推行“五个一”教育矫治模式');
    expect(fixed('进—步压实整改责任', 'wording.glyph')).toBe('进一步压实整改责任');
  });
  it('fixes ○ in a Chinese-numeral year', () => {
    expect(fixed('二○二五年', 'wording.glyph')).toBe('二〇二五年');
  });
  it('leaves real dashes and numerals alone', () => {
    for (const ok of ['下一步工作计划', '二〇二五年', '习近平法治思想——新时代全面依法治国的根本遵循']) expect(findings(ok, 'wording.glyph')).toEqual([]);
  });
});

describe('wording.confusable', () => {
  const id = 'wording.confusable';
  it('fixes 的/地/得, 做/作, 即/既 and 以至/以致 in fixed patterns', () => {
    expect(fixed('组织党员干部认真的学习党章党规', id)).toBe('组织党员干部认真地学习党章党规');
    expect(fixed('整改工作取的明显成效', id)).toBe('整改工作取得明显成效');
    expect(fixed('对整改工作做出部署', id)).toBe('对整改工作作出部署');
    expect(fixed('作好巡察整改“后半篇文章”', id)).toBe('做好巡察整改“后半篇文章”');
    expect(fixed('即要整改具体问题，又要在制度机制上找原因', id)).toBe('既要整改具体问题，又要在制度机制上找原因');
    expect(fixed('局党组书记“即挂帅又出征”', id)).toBe('局党组书记“既挂帅又出征”');
    expect(fixed('监管不到位，以至造成资金结余', id)).toBe('监管不到位，以致造成资金结余');
  });
  it('stays quiet on correct text from the fixtures', () => {
    for (const ok of [
      '局党组书记“既挂帅又出征”', '即知即改、立行立改', '认真的态度', '作出决定', '做好会议记录工作', '取得阶段性成效',
      '立即整改又举一反三', '即将开展专项检查，又', '即知即改，又', '对重要工作亲自部署',
    ]) expect(findings(ok, id)).toEqual([]);
  });
});
