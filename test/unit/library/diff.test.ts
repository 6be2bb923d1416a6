// The pure Chinese-aware diff: character spans, crumb folding, paragraph pairing.
import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffText, similarity } from '../../../core/common/diff';

const rebuild = (spans: { op: string; text: string }[], side: 'before' | 'after') =>
  spans.filter((s) => s.op === 'equal' || s.op === (side === 'before' ? 'delete' : 'insert')).map((s) => s.text).join('');

describe('diffText', () => {
  it('diffs Chinese by character, not by (absent) words', () => {
    const a = '组织局领导深入交流研讨12人次，进一步统一思想。';
    const b = '组织局领导深入交流研讨15人次，进一步统一思想、提高站位。';
    const spans = diffText(a, b);
    expect(rebuild(spans, 'before')).toBe(a);
    expect(rebuild(spans, 'after')).toBe(b);
    expect(spans.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['5', '、提高站位']);
    expect(spans.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual(['2']);
  });

  it('folds one-character equal crumbs inside a rewritten phrase', () => {
    const spans = diffText('要加强学习。', '要强化培训。');
    expect(spans).toEqual([
      { op: 'equal', text: '要' },
      { op: 'delete', text: '加强学习' },
      { op: 'insert', text: '强化培训' },
      { op: 'equal', text: '。' },
    ]);
  });

  it('handles identical and empty texts', () => {
    expect(diffText('相同', '相同')).toEqual([{ op: 'equal', text: '相同' }]);
    expect(diffText('', '新')).toEqual([{ op: 'insert', text: '新' }]);
  });
});

describe('diffParagraphs', () => {
  it('pairs a rewritten paragraph with its old form and leaves unrelated ones as added/removed', () => {
    const before = ['一、组织领导', '召开党组会议研究整改工作。', '完全不同的旧段落内容。', '四、下一步计划'];
    const after = ['一、组织领导', '召开党组会议专题研究整改工作。', '另起炉灶写的新段落。', '四、下一步计划'];
    const d = diffParagraphs(before, after);
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['same', 'changed', 'removed', 'added', 'same']);
    expect(d.paragraphs[1]!.spans!.find((s) => s.op === 'insert')!.text).toBe('专题');
    expect(d.stats.charsInserted).toBe(2 + '另起炉灶写的新段落。'.length);
  });

  it('scores likeness by character bigrams', () => {
    expect(similarity('巡察整改进展情况', '巡察整改进展情况')).toBe(1);
    expect(similarity('巡察整改进展情况', '今天天气很好')).toBe(0);
    expect(similarity('巡察整改进展情况', '巡察整改落实情况')).toBeGreaterThan(0.5);
  });
});
