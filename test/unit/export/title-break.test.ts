// GB/T 9704 7.3.1 title breaking, on the fixtures' titles and the cases the rule exists for.
import { describe, expect, it } from 'vitest';
import { breakPenalty, titleLines, titleText } from '../../../core/common/layout/title-break';
import { widthInChars } from '../../../core/common/layout/signature';

describe('title breaking (7.3.1)', () => {
  it('putian: the organ on one line, 关于…的通报 on the next — never "…情况 / 的通报"', () => {
    expect(titleLines('中共莆田市司法局党组关于巡察整改进展情况的通报')).toEqual(['中共莆田市司法局党组', '关于巡察整改进展情况的通报']);
  });
  it('haizhu: the same shape for a 报告', () => {
    expect(titleLines('中共海珠区司法局党组关于落实巡察整改进展情况的报告')).toEqual(['中共海珠区司法局党组', '关于落实巡察整改进展情况的报告']);
  });
  it('qingcheng: organ, then the period and the two documents as one unit', () => {
    expect(titleLines('清远市清城区司法局2021年上半年工作总结及下半年工作计划')).toEqual(['清远市清城区司法局', '2021年上半年工作总结及下半年工作计划']);
  });
  it('keeps a title that fits on one line', () => {
    expect(titleLines('关于巡察整改进展情况的通报')).toEqual(['关于巡察整改进展情况的通报']);
  });
  it('never starts a line with 的 or leaves the 文种 alone, never splits a number', () => {
    const t = '中共莆田市司法局党组关于巡察整改进展情况的通报';
    expect(breakPenalty(t, [...t].indexOf('的'))).toBe(Infinity);
    expect(breakPenalty(t, [...t].indexOf('的') + 1)).toBe(Infinity);
    expect(breakPenalty('某局2021年工作总结', 4)).toBe(Infinity);
    expect(breakPenalty('某局关于某某的通知', 2)).toBeLessThan(breakPenalty('某局关于某某的通知', 4));
  });
  it('breaks a long title into balanced lines that each fit 20 字', () => {
    const t = '中共某某市某某区某某街道工作委员会关于进一步加强和改进新时代基层党组织建设工作若干措施落实情况的报告';
    const lines = titleLines(t);
    expect(lines.join('')).toBe(t);
    expect(lines.length).toBe(3);
    for (const l of lines) expect(widthInChars(l)).toBeLessThanOrEqual(20);
    expect(lines[lines.length - 1]).not.toMatch(/^的/);
  });
  it('takes the clerk’s own break from the title field', () => {
    expect(titleLines('中共莆田市司法局党组关于巡察整改\n进展情况的通报')).toEqual(['中共莆田市司法局党组关于巡察整改', '进展情况的通报']);
    expect(titleText('中共莆田市司法局党组\n关于巡察整改进展情况的通报')).toBe('中共莆田市司法局党组关于巡察整改进展情况的通报');
  });
});
