import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/common/checks/index';
import { cleanRectification } from './clean-drafts';
import { findings, fixed } from './helpers';

describe('dates.format (GB/T 9704 §7.3.5.4, GB/T 15835)', () => {
  const id = 'dates.format';
  it('removes zero padding (putian page chrome "2025年02月17日")', () => {
    expect(fixed('2025年02月17日', id)).toBe('2025年2月17日');
    expect(fixed('于2024年1月04日反馈', id)).toBe('于2024年1月4日反馈');
  });
  it('rewrites dotted and ISO dates in prose', () => {
    expect(fixed('于2025.2.17召开党组会议', id)).toBe('于2025年2月17日召开党组会议');
    expect(fixed('发布日期：2016-09-19', id)).toBe('发布日期：2016年9月19日');
  });
  it('leaves correct dates, months 10–12, phone numbers and decimals alone', () => {
    for (const ok of ['2025年2月17日', '2024年10月', '12月31日', '联系电话：0594-2630053', '预算执行率92.95%', '2019.12']) {
      expect(findings(ok, id)).toEqual([]);
    }
  });
});

describe('dates.jiezhi (截至 a time point, 截止 a deadline)', () => {
  const id = 'dates.jiezhi';
  it('fixes the putian slip "截止2024年第三季度"', () => {
    expect(fixed('行政诉讼败诉率为17.63%，截止2024年第三季度全市行政诉讼败诉率下降', id)).toBe('行政诉讼败诉率为17.63%，截至2024年第三季度全市行政诉讼败诉率下降');
    expect(fixed('截止到目前，已完成整改', id)).toBe('截至目前，已完成整改');
  });
  it('fixes 截至 used as a deadline', () => {
    expect(fixed('申报截至日期为2025年3月31日', id)).toBe('申报截止日期为2025年3月31日');
    expect(fixed('报名于6月30日截至。', id)).toBe('报名于6月30日截止。');
  });
  it('accepts the qingcheng usage and a real deadline', () => {
    for (const ok of ['截至2021年6月，共出具238份法律意见', '截至目前，全区共有人民调解委员会252个', '申报截止日期为3月31日', '报名于6月30日截止。']) {
      expect(findings(ok, id)).toEqual([]);
    }
  });
});

describe('dates.chronology', () => {
  it('accepts 巡察 start < end < 反馈 < 成文', () => {
    expect(checkDraft(cleanRectification()).filter((f) => f.ruleId === 'dates.chronology')).toEqual([]);
  });
  it('flags a 反馈 before the end of the 巡察 and an impossible date', () => {
    const d = cleanRectification();
    d.fields.feedbackDate = '2023-05-01';
    d.fields.docDate = '2025-02-30';
    const f = checkDraft(d).filter((x) => x.ruleId === 'dates.chronology');
    expect(f.map((x) => x.location.field).sort()).toEqual(['docDate', 'feedbackDate']);
    expect(f.find((x) => x.location.field === 'feedbackDate')?.message).toContain('早于“巡察结束日期”');
    expect(f.find((x) => x.location.field === 'docDate')?.message).toContain('不是有效日期');
  });
});

describe('numbers.date-forms (GB/T 15835 §4.1: one form per date)', () => {
  const id = 'numbers.date-forms';
  it('flags 二〇二五年2月 as mixed (error) and an all-Chinese date as a warning', () => {
    const [mixed] = findings('二〇二五年2月17日', id);
    expect(mixed?.severity).toBe('error');
    expect(mixed?.fix?.replacement).toBe('2025年2月17日');
    const [cn] = findings('二〇二五年二月十七日', id);
    expect(cn?.severity).toBe('warning');
    expect(cn?.fix?.replacement).toBe('2025年2月17日');
    expect(fixed('2021年十二月', id)).toBe('2021年12月');
  });
  it('accepts Arabic dates and Chinese numerals that are not dates', () => {
    for (const ok of ['2025年2月17日', '党的二十届三中全会', '2021年上半年', '十九届二中、三中、四中、五中全会']) expect(findings(ok, id)).toEqual([]);
  });
});

describe('numbers.full-width', () => {
  it('fixes full-width digits', () => {
    expect(fixed('２０２５年共召开会议１２次，增长３．５%', 'numbers.full-width')).toBe('2025年共召开会议12次，增长3.5%');
  });
  it('accepts half-width digits', () => {
    expect(findings('2025年共召开会议12次', 'numbers.full-width')).toEqual([]);
  });
});

describe('numbers.short-year (GB/T 15835: no abbreviated years)', () => {
  const id = 'numbers.short-year';
  it('writes the year in full', () => {
    expect(fixed('25年3月召开推进会', id)).toBe('2025年3月召开推进会');
    expect(fixed('完成24年度述职述廉', id)).toBe('完成2024年度述职述廉');
  });
  it('leaves durations and full years alone', () => {
    for (const ok of ['从事调解工作20年', '近10年来', '2025年3月', '三年行动计划', '连续15年底数清楚']) expect(findings(ok, id)).toEqual([]);
  });
});

describe('numbers.doc-number (GB/T 9704 §7.2.5: 〔2025〕3号)', () => {
  const id = 'numbers.doc-number';
  it('fixes the haizhu citation "粤司【2000】160号" and other bracket slips', () => {
    expect(fixed('按照广东省司法厅文件（粤司【2000】160号）要求', id)).toBe('按照广东省司法厅文件（粤司〔2000〕160号）要求');
    expect(fixed('莆司党[2025]3号', id)).toBe('莆司党〔2025〕3号');
    expect(fixed('国发（2025）第3号', id)).toBe('国发〔2025〕3号');
    expect(fixed('闽司［2024］03号', id)).toBe('闽司〔2024〕3号');
  });
  it('flags a two-digit year without guessing a fix', () => {
    const [f] = findings('莆司党〔25〕3号', id);
    expect(f?.message).toContain('四位');
    expect(f?.fix).toBeUndefined();
  });
  it('accepts correct numbers and court case numbers', () => {
    for (const ok of ['《关于…的通知》（国发〔2025〕3号）', '莆司党〔2025〕12号', '（2024）闽0302民初123号']) expect(findings(ok, id)).toEqual([]);
  });
  it('checks the 发文字号 field', () => {
    const d = cleanRectification();
    d.fields.docNumber = '莆司党【2025】03号';
    const [f] = checkDraft(d).filter((x) => x.ruleId === id);
    expect(f?.location).toMatchObject({ blockId: null, field: 'docNumber' });
    expect(f?.fix?.replacement).toBe('〔2025〕3号');
    d.fields.docNumber = '莆司党〔2025〕3号';
    expect(checkDraft(d).filter((x) => x.ruleId === id)).toEqual([]);
  });
});
