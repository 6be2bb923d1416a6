// Every fixture notice imports to the structure its expected summary states; the import is stable through plain text.
import { describe, expect, it } from 'vitest';
import { describeShared } from '../../support/shared';
import { importNoticeText } from '../../../core/common/import/index';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { summarize } from '../../../core/common/summary';
import { walk } from '../../../core/common/model/walk';
import type { ProblemBlock, SectionBlock } from '../../../core/common/model/types';
import { FIXTURES, expectedMismatches, readExpected, readNotice, signature } from './support/fixtures';

const NOW = '2025-03-01T00:00:00.000Z';

describeShared('the real notices', () => describe.each(FIXTURES)('fixture %s', (name) => {
  const { draft, report } = importNoticeText(readNotice(name), { now: NOW });

  it('summarises as expected', () => {
    expect(expectedMismatches(summarize(draft) as unknown as Record<string, unknown>, readExpected(name))).toEqual([]);
  });

  it('keeps its structure through plain text and back', () => {
    const again = importNoticeText(renderPlainText(draft), { now: NOW }).draft;
    expect(signature(again)).toEqual(signature(draft));
  });

  it('stores no typed ordinals in headings, titles or measures', () => {
    const typed = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、]|（\d+）|[一二三四五六七八九十]+是)/;
    walk(draft.body, (b) => {
      const texts: string[] = [];
      if (b.type === 'section') texts.push(b.heading.map((c) => (c.t === 'text' ? c.text : '')).join(''));
      if (b.type === 'problem') texts.push(b.title.map((c) => (c.t === 'text' ? c.text : '')).join(''), ...b.measures.map((m) => m.content.map((c) => (c.t === 'text' ? c.text : '')).join('')));
      for (const t of texts) expect(t).not.toMatch(typed);
    });
  });

  it('reports what it found', () => {
    expect(report.docType).toBe(draft.docType);
    expect(report.unplaced).toEqual([]);
  });
}));

describeShared('putian notice', () => {
  const { draft, report } = importNoticeText(readNotice('putian-sfj-2025-notice'), { now: NOW });
  const sections = draft.body.filter((b): b is SectionBlock => b.type === 'section');

  it('finds the four parts with their roles', () => {
    expect(sections.map((s) => s.role)).toEqual(['organisation', 'rectification', 'further', 'plan']);
  });

  it('counts 3 aspects, 15 categories, 38 problems, follow-ups apart', () => {
    expect(report.counts).toMatchObject({ sections: 4, aspects: 3, categories: 15, problems: 38, followUps: 5 });
  });

  it('numbers categories and problems continuously across aspects', () => {
    expect(sections[1]!.continuousNumbering).toBe(true);
    expect(sections[2]!.continuousNumbering).toBeFalsy();
  });

  it('reads the preamble fields and binds them in the text', () => {
    expect(draft.fields).toMatchObject({
      inspectionStart: '2023-04-20', inspectionEnd: '2023-05-31', inspectionGroup: '八届市委巡察四组',
      feedbackDate: '2024-01-04', deployer: '市委', signer: '中共莆田市司法局党组', docDate: '2025-02-17',
    });
    const pre = draft.body[0]!;
    expect(pre.type === 'paragraph' && pre.role).toBe('preamble');
    expect(pre.type === 'paragraph' && pre.content.some((c) => c.t === 'field' && c.key === 'inspectionGroup')).toBe(true);
  });

  it('takes the web publication date as chrome, not as the 成文日期', () => {
    expect(report.notes.join()).toContain('非正文内容');
    expect(draft.fields.docDate).toBe('2025-02-17');
  });

  it('turns the supervision paragraph into the profile and a contact paragraph', () => {
    expect(draft.profile).toMatchObject({ phone: '0594-2630053', email: 'ptsf2230053@163.com', mailAddress: '福建省莆田市城厢区凤凰山街道学园中街95号（莆田市司法局）' });
    const last = draft.body[draft.body.length - 1]!;
    expect(last.type === 'paragraph' && last.role).toBe('contact');
  });

  it('gives follow-up problems the status of their group', () => {
    const further = sections[2]!;
    const statuses: string[] = [];
    walk(further.children, (b) => {
      if (b.type === 'problem') statuses.push(b.status);
    });
    expect(statuses).toEqual(['mostly-done', 'mostly-done', 'not-done', 'not-done', 'not-done']);
  });

  it('splits 整改情况 into 一是/二是 measures with the label kept', () => {
    let first: ProblemBlock | null = null;
    walk(draft.body, (b) => {
      if (!first && b.type === 'problem') first = b;
    });
    const p = first as unknown as ProblemBlock;
    expect(p.measuresLabel).toBe('整改情况');
    expect(p.measureStyle).toBe('shi');
    expect(p.measures).toHaveLength(3);
  });

  it('prints back the same text it read', () => {
    const text = renderPlainText(draft);
    expect(text).toContain('（38）资产处置不到位问题仍然存在。');
    expect(text).toContain('整改情况：一是强化认识。');
    expect(text).toContain('联系电话：0594-2630053；');
  });
});

describeShared('haizhu report', () => {
  const { draft, report } = importNoticeText(readNotice('haizhu-sfj-2020-report'), { now: NOW });

  it('reads inline problems with their status phrases', () => {
    const problems: ProblemBlock[] = [];
    walk(draft.body, (b) => {
      if (b.type === 'problem') problems.push(b);
    });
    expect(problems[0]).toMatchObject({ form: 'inline', title: [{ t: 'text', text: '针对站位不高的问题' }], statusPhrase: '已完成整改', status: 'done', measureStyle: 'paren' });
    expect(problems[0]!.measures).toHaveLength(2);
    expect(problems[3]).toMatchObject({ status: 'mostly-done', statusPhrase: '已基本完成整改，并形成长效机制，长期坚持' });
    expect(problems.every((p) => p.status !== 'unknown')).toBe(true);
  });

  it('implies the feedback year from the inspection dates', () => {
    expect(draft.fields.feedbackDate).toBe('2019-09-29');
    expect(draft.fields.inspectionStart).toBe('2019-07-12');
  });

  it('binds "7个方面58个具体问题" to counts and reports the difference', () => {
    expect(report.statedCounts).toEqual([
      { key: 'aspects', stated: 7, computed: 7 },
      { key: 'problems', stated: 58, computed: 57 },
    ]);
  });

  it('numbers the 25 categories continuously', () => {
    const s = draft.body.find((b): b is SectionBlock => b.type === 'section' && b.role === 'rectification')!;
    expect(s.continuousNumbering).toBe(true);
    expect(report.counts.categories).toBe(25);
  });

  it('keeps the phone as written', () => {
    expect(draft.profile.phone).toBe('020—34370321');
    expect(draft.profile.postcode).toBe('510240');
  });
});

describeShared('qingcheng work summary', () => {
  const { draft } = importNoticeText(readNotice('qingcheng-sfj-2021-summary'), { now: NOW });
  const sections = draft.body.filter((b): b is SectionBlock => b.type === 'section');

  it('has the review / issues / plan parts', () => {
    expect(sections.map((s) => s.role)).toEqual(['review', 'issues', 'plan']);
    expect(draft.fields.year).toBe('2021');
  });

  it('repairs 下ー步 and the line broken after a comma', () => {
    expect(sections[2]!.heading).toEqual([{ t: 'text', text: '下一步工作计划' }]);
    const text = renderPlainText(draft);
    expect(text).toContain('全区现有2447名刑满释放人员，截至2021年6月');
    expect(text).toContain('“五个一”教育矫治模式');
  });

  it('splits run-in headings and 一是 enumerations', () => {
    const first = (sections[0]!.children[0] as SectionBlock).children[0] as SectionBlock;
    expect(first.heading).toEqual([{ t: 'text', text: '持续推进法治清城建设。' }]);
    expect(first.runIn).toBe(true);
    expect(first.children[0]).toMatchObject({ type: 'enumeration', style: 'shi' });
    expect((first.children[0] as { items: unknown[] }).items).toHaveLength(5);
  });
});
