import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/common/checks/index';
import { bigrams, dice, normalizeForSimilarity } from '../../../core/common/checks/similarity';
import { cloneWithNewIds, paragraph } from '../../../core/common/model/build';
import type { Draft, ParagraphBlock, SectionBlock } from '../../../core/common/model/types';
import { cleanRectification } from './clean-drafts';
import { walk } from '../../../core/common/model/walk';

const of = (d: Draft, previous: Draft | undefined, id: string) => checkDraft(d, previous ? { previous } : {}).filter((f) => f.ruleId === id);

/** Last year's draft and this year's started from it (fresh ids, as 以往年稿为基础新建 does). */
function twoYears(): { previous: Draft; current: Draft } {
  const previous = cleanRectification();
  previous.fields.docDate = '2024-02-17';
  previous.fields.year = '2024';
  const current = cleanRectification();
  current.body = previous.body.map((b) => cloneWithNewIds(b));
  return { previous, current };
}

const org = (d: Draft) => d.body.find((b) => b.type === 'section' && b.role === 'organisation') as SectionBlock;
const coord = (d: Draft) => (org(d).children[2] as SectionBlock).children[0] as ParagraphBlock;

describe('bigram Dice', () => {
  it('scores identical text 1, unrelated text near 0, and ignores numbers', () => {
    const a = bigrams(normalizeForSimilarity('建立整改工作推进会制度，每2周召开1次推进会'));
    expect(dice(a, a)).toBe(1);
    expect(dice(a, bigrams(normalizeForSimilarity('法律援助服务质量不够高')))).toBeLessThan(0.1);
    expect(normalizeForSimilarity('解决各类纠纷诉求357件。')).toBe(normalizeForSimilarity('解决各类纠纷诉求412件，'));
  });
});

describe('similarity.paragraph (雷同 with last year)', () => {
  it('flags copied paragraphs with last year’s text as the excerpt', () => {
    const { previous, current } = twoYears();
    const f = of(current, previous, 'similarity.paragraph');
    expect(f.length).toBeGreaterThan(5);
    expect(f[0]!.severity).toBe('warning');
    expect(f.some((x) => x.message.includes('完全相同'))).toBe(true);
  });
  it('says when only the numbers changed', () => {
    const { previous, current } = twoYears();
    const p = coord(current);
    p.content = [{ t: 'text', text: (p.content[0] as { text: string }).text.replace('24次', '31次').replace('357件', '402件') }];
    const f = of(current, previous, 'similarity.paragraph').find((x) => x.location.blockId === p.id);
    expect(f?.message).toContain('只改了数字');
    expect(f?.excerpt).toContain('357件');
  });
  it('stays quiet on rewritten paragraphs, the contact paragraph and without a previous draft', () => {
    const { previous, current } = twoYears();
    for (const b of current.body) if (b.type === 'section') b.children = [paragraph('对照本年度巡察整改任务，局党组召开专题会议逐项研究，压实整改责任，推动整改落地见效。')];
    const left = of(current, previous, 'similarity.paragraph');
    // The preamble is the same by design of the fields; the contact paragraph is never compared.
    expect(left.every((x) => x.location.blockId === current.body[0]!.id)).toBe(true);
    expect(of(current, undefined, 'similarity.paragraph')).toEqual([]);
  });
});

describe('similarity.statistics', () => {
  it('flags a figure unchanged in an otherwise updated paragraph, but not standing rules', () => {
    const { previous, current } = twoYears();
    const p = coord(current);
    p.content = [{ t: 'text', text: '建立整改工作推进会制度，每2周召开1次推进会听取整改进展情况汇报。截至2025年12月，共召开推进会31次，解决各类纠纷诉求357件，连线解答诉求1540件。' }];
    const f = of(current, previous, 'similarity.statistics');
    expect(f.map((x) => current && x.excerpt.includes('357件'))).toEqual([true]);
    expect(f[0]!.message).toContain('357件');
  });
});

describe('similarity.carried', () => {
  it('flags blocks carried over from last year and not yet edited', () => {
    const d = cleanRectification();
    coord(d).carried = true;
    const [f] = of(d, undefined, 'similarity.carried');
    expect(f?.location.blockId).toBe(coord(d).id);
  });

  it('stands for all of them in one finding right after a carry-forward, so real errors are not buried', () => {
    const d = cleanRectification();
    let n = 0;
    walk(d.body, (b) => {
      b.carried = true;
      n++;
    });
    const f = of(d, undefined, 'similarity.carried');
    expect(n).toBeGreaterThan(5);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(`共有 ${n} 处`);
  });
});
