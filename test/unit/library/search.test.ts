// Search: FTS5 trigram for 3+ characters, LIKE for 1–2, Chinese hits and non-hits, snippets with mark ranges.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraph } from '../../../core/common/model/build';
import { makeSnippets } from '../../../core/node/library/snippets';
import { type TempLibrary, openTempLibrary, simpleDraft } from '../../support/library-drafts';

let t: TempLibrary;
beforeEach(async () => {
  t = await openTempLibrary();
  const { drafts } = t.library;
  drafts.create(simpleDraft('关于巡察整改进展情况的通报', [
    '根据市委统一部署，市委第四巡察组对市司法局开展了常规巡察。',
    '局党组召开专题会议研究部署整改工作，成立整改工作领导小组。',
    '加强法律援助案件质量评估，全年办理法律援助案件312件。',
  ], { docDate: '2025-02-17' }));
  drafts.create(simpleDraft('2021年上半年工作总结', [
    '上半年，我局坚持以人民为中心，扎实推进普法宣传教育。',
    '开展“法律进社区”活动18场，受众3000余人次。',
  ], { docType: 'work-summary', year: '2021' }));
  drafts.create(simpleDraft('律师行业党建工作情况', ['推进律师行业党的建设，实现党组织全覆盖。']));
});
afterEach(() => t.cleanup());

const titles = (hits: { draft: { title: string } }[]) => hits.map((h) => h.draft.title);

describe('Search', () => {
  it('finds 3+ character Chinese phrases through the trigram index, with marked snippets', () => {
    const hits = t.library.search.query({ text: '法律援助' });
    expect(titles(hits)).toEqual(['关于巡察整改进展情况的通报']);
    const sn = hits[0]!.snippets[0]!;
    expect(sn.marks).toHaveLength(2);
    for (const m of sn.marks) expect(sn.text.slice(m.start, m.end)).toBe('法律援助');
    expect(t.library.search.query({ text: '法律援助中心' })).toHaveLength(0); // non-hit
    expect(t.library.search.query({ text: '巡察组' }).length).toBe(1);
  });

  it('falls back to LIKE for 1- and 2-character queries', () => {
    expect(titles(t.library.search.query({ text: '律师' }))).toEqual(['律师行业党建工作情况']);
    expect(titles(t.library.search.query({ text: '普法' }))).toEqual(['2021年上半年工作总结']);
    expect(t.library.search.query({ text: '税务' })).toHaveLength(0);
    const one = t.library.search.query({ text: '党' });
    expect(one.length).toBe(2);
    expect(t.library.search.query({ text: '鑫' })).toHaveLength(0);
    const hit = t.library.search.query({ text: '律师' })[0]!;
    expect(hit.titleMarks).toEqual([{ start: 0, end: 2 }]);
    expect(hit.snippets[0]!.text.slice(hit.snippets[0]!.marks[0]!.start, hit.snippets[0]!.marks[0]!.end)).toBe('律师');
  });

  it('ranks title hits first and ANDs several terms of mixed lengths', () => {
    const hits = t.library.search.query({ text: '工作' });
    expect(hits[0]!.draft.title).toMatch(/工作/);
    expect(titles(t.library.search.query({ text: '整改 领导小组' }))).toEqual(['关于巡察整改进展情况的通报']);
    expect(t.library.search.query({ text: '普法 领导小组' })).toHaveLength(0);
  });

  it('sees the latest autosave, skips the 回收站 and filters by year', () => {
    const d = simpleDraft('新文稿', ['暂无内容']);
    t.library.drafts.create(d);
    expect(t.library.search.query({ text: '社区矫正' })).toHaveLength(0);
    d.body.push(paragraph('加强社区矫正对象监督管理。'));
    t.library.drafts.save(d);
    expect(titles(t.library.search.query({ text: '社区矫正' }))).toEqual(['新文稿']);
    t.library.drafts.delete(d.id);
    expect(t.library.search.query({ text: '社区矫正' })).toHaveLength(0);
    expect(t.library.search.query({ text: '社区矫正', scope: 'deleted' })).toHaveLength(1);
    expect(titles(t.library.search.query({ text: '法律', year: '2021' }))).toEqual(['2021年上半年工作总结']);
  });

  it('treats quotes, percent signs and underscores literally', () => {
    expect(t.library.search.query({ text: '"法律' })).toHaveLength(0);
    expect(t.library.search.query({ text: '%' })).toHaveLength(0);
    expect(titles(t.library.search.query({ text: '“法律进社区”' }))).toEqual(['2021年上半年工作总结']);
  });
});

describe('makeSnippets', () => {
  it('cuts around hits inside one paragraph and marks the cut with …', () => {
    const text = `${'甲'.repeat(60)}整改${'乙'.repeat(60)}\n第二段也有整改。`;
    const s = makeSnippets(text, ['整改'], { radius: 10 });
    expect(s).toHaveLength(2);
    expect(s[0]!.text.startsWith('…')).toBe(true);
    expect(s[0]!.text.endsWith('…')).toBe(true);
    expect(s[0]!.text.slice(s[0]!.marks[0]!.start, s[0]!.marks[0]!.end)).toBe('整改');
    expect(s[1]!.text).toBe('第二段也有整改。');
  });
});
