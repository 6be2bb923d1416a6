import { describe, expect, it } from 'vitest';
import { findings, fixed } from './helpers';

describe('punct.half-width (GB/T 15834: full-width marks in Chinese text)', () => {
  const id = 'punct.half-width';
  it('flags the half-width marks of the putian notice and fixes them to full width', () => {
    const line = '根据市委巡察工作统一部署,2023年4月20日至5月31日,八届市委巡察四组对市司法局开展巡察;联系电话:0594-2630053.';
    expect(findings(line, id)).toHaveLength(5);
    expect(fixed(line, id)).toBe('根据市委巡察工作统一部署，2023年4月20日至5月31日，八届市委巡察四组对市司法局开展巡察；联系电话：0594-2630053。');
  });
  it('fixes brackets and straight quotes, and swallows the space an English keyboard leaves', () => {
    expect(fixed('制定《三年行动计划(2018—2020年)》', id)).toBe('制定《三年行动计划（2018—2020年）》');
    expect(fixed('落实党组"第一议题"制度', id)).toBe('落实党组“第一议题”制度');
    expect(fixed('巩固纪律教育成果, 大力支持纪检监察机关', id)).toBe('巩固纪律教育成果，大力支持纪检监察机关');
  });
  it('leaves numbers, times, decimals, e-mail addresses and English alone', () => {
    for (const ok of [
      '2025年2月17日 17:21', '成功率99.96%', '电子邮箱：ptsf2230053@163.com。', '打造好FM88.7电台法治清城栏目',
      '1.学习贯彻党的二十大精神', '共计1,000元', 'www.gov.cn', 'WTO (World Trade Organization)',
    ]) expect(findings(ok, id)).toEqual([]);
  });
  it('does not offer a quote fix when the straight quotes do not pair', () => {
    const [f] = findings('落实"第一议题制度', id);
    expect(f?.fix).toBeUndefined();
  });
});

describe('punct.ellipsis', () => {
  it('flags ... 。。。 and a single …, fixing them to ……', () => {
    expect(fixed('开展普法、调解、援助...等工作', 'punct.ellipsis')).toBe('开展普法、调解、援助……等工作');
    expect(fixed('深入基层。。。', 'punct.ellipsis')).toBe('深入基层……');
    expect(fixed('湄洲镇、云峰村…', 'punct.ellipsis')).toBe('湄洲镇、云峰村……');
  });
  it('accepts the correct ……', () => {
    expect(findings('一是针对……的问题', 'punct.ellipsis')).toEqual([]);
  });
});

describe('punct.dash', () => {
  const id = 'punct.dash';
  it('wants —— for a dash between clauses', () => {
    expect(fixed('巡察整改是一项政治任务—必须不折不扣抓好落实', id)).toBe('巡察整改是一项政治任务——必须不折不扣抓好落实');
  });
  it('wants — for a time range (qingcheng "1-5月")', () => {
    expect(fixed('今年1-5月，各人民调解委员会共调解纠纷', id)).toBe('今年1—5月，各人民调解委员会共调解纠纷');
    expect(fixed('三年行动计划（2018-2020年）', id)).toBe('三年行动计划（2018—2020年）');
  });
  it('wants a hyphen in a phone number (haizhu "020—34370321")', () => {
    expect(fixed('联系方式：电话020—34370321；', id)).toBe('联系方式：电话020-34370321；');
  });
  it('accepts ——, a place range, a time range and a correct phone number', () => {
    for (const ok of ['习近平法治思想——新时代全面依法治国的根本遵循', '北京—上海', '2011年2月3日—10日', '联系电话：0594-2630053', '今年1—5月']) {
      expect(findings(ok, id)).toEqual([]);
    }
  });
});

describe('punct.pairing', () => {
  const id = 'punct.pairing';
  it('finds the lone closing quote of putian ("1235+N”帮教模式")', () => {
    const [f] = findings('探索多元社会力量参与社区矫正1235+N”帮教模式，经验做法在全省推广', id);
    expect(f?.message).toContain('前面没有对应');
  });
  it('finds unclosed brackets and 书名号', () => {
    expect(findings('修订《海珠区司法局党组议事规则（试行）等制度', id)).toHaveLength(1);
    expect(findings('成立海珠区服务民营企业律师团（共12名律师', id)).toHaveLength(1);
  });
  it('accepts balanced and nested marks', () => {
    expect(findings('学习《中国共产党党组工作条例》，践行“两个维护”，落实“‘三重一大’决策制度”（试行）', id)).toEqual([]);
  });
});

describe('punct.nesting', () => {
  it('fixes a 书名号 inside a 书名号 to 〈〉 and quotes inside quotes to ‘’', () => {
    expect(fixed('印发《关于贯彻《中国共产党巡视工作条例》的实施办法》', 'punct.nesting')).toBe('印发《关于贯彻〈中国共产党巡视工作条例〉的实施办法》');
    expect(fixed('开展“学习“四下基层”经验”活动', 'punct.nesting')).toBe('开展“学习‘四下基层’经验”活动');
  });
  it('accepts correct nesting', () => {
    expect(findings('印发《关于贯彻〈中国共产党巡视工作条例〉的实施办法》', 'punct.nesting')).toEqual([]);
  });
});

describe('punct.dunhao-between-marked (GB/T 15834 §4.5.3.5)', () => {
  const id = 'punct.dunhao-between-marked';
  it('removes the 顿号 between 书名号 and between quoted items (putian)', () => {
    expect(fixed('下发《整改通知书》、《督察意见书》9份', id)).toBe('下发《整改通知书》《督察意见书》9份');
    expect(fixed('开展“提升矛盾纠纷排查化解质效”、“百日攻坚”专项行动', id)).toBe('开展“提升矛盾纠纷排查化解质效”“百日攻坚”专项行动');
  });
  it('keeps the 顿号 when a 括注 intervenes, and between plain items', () => {
    expect(findings('修订《议事规则》（试行）、《工作规则》', id)).toEqual([]);
    expect(findings('“三争”行动、“四下基层”工作', id)).toEqual([]);
  });
});

describe('punct.ordinal-form (GB/T 9704 §7.3.3)', () => {
  const id = 'punct.ordinal-form';
  it('fixes typed ordinals with the wrong marks', () => {
    expect(fixed('(一)提高政治站位抓整改。', id)).toBe('（一）提高政治站位抓整改。');
    expect(fixed('（一）、高度重视，加强组织领导。', id)).toBe('（一）高度重视，加强组织领导。');
    expect(fixed('一，全面加强组织领导', id)).toBe('一、全面加强组织领导');
    expect(fixed('一.全面加强组织领导', id)).toBe('一、全面加强组织领导');
    expect(fixed('1、党政主要领导发挥作用不明显。', id)).toBe('1.党政主要领导发挥作用不明显。');
    expect(fixed('已完成整改。(1)强化理论水平。(2)规范党组议事制度。', id)).toBe('已完成整改。（1）强化理论水平。（2）规范党组议事制度。');
  });
  it('gives a warning only for a full-width dot after an Arabic ordinal', () => {
    const [f] = findings('2．推动重点工作不力。', id);
    expect(f?.severity).toBe('warning');
  });
  it('accepts the four standard forms and numbers that are not ordinals', () => {
    for (const ok of ['一、全面加强组织领导', '（一）高度重视', '1.党政主要领导发挥作用不明显。', '（1）强化理论水平。', '一是强化认识。', '共召开推进会24次，其中1次为专题会议。', '一把手亲自抓']) {
      expect(findings(ok, id)).toEqual([]);
    }
  });
});

describe('punct.repeated and punct.space', () => {
  it('collapses doubled marks', () => {
    expect(fixed('逐项核实，，逐项销号。。', 'punct.repeated')).toBe('逐项核实，逐项销号。');
  });
  it('removes a space between 汉字 and digits (haizhu "达到 1000人次")', () => {
    expect(fixed('听课学生达到 1000人次', 'punct.space')).toBe('听课学生达到1000人次');
  });
  it('keeps the spaces of a quoted slogan and leading indentation', () => {
    expect(findings('开展“抓党建 强管理 促发展”专项活动', 'punct.space')).toEqual([]);
    expect(findings('　　一、组织领导', 'punct.space')).toEqual([]);
  });
});
