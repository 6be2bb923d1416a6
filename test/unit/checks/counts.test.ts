import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/common/checks/index';
import { computeCounts } from '../../../core/common/model/counts';
import { paragraph } from '../../../core/common/model/build';
import type { ProblemBlock, SectionBlock } from '../../../core/common/model/types';
import { walk } from '../../../core/common/model/walk';
import { cleanRectification } from './clean-drafts';

const of = (d: ReturnType<typeof cleanRectification>, id: string) => checkDraft(d).filter((f) => f.ruleId === id);
const org = (d: ReturnType<typeof cleanRectification>) => d.body.find((b) => b.type === 'section' && b.role === 'organisation') as SectionBlock;
const problems = (d: ReturnType<typeof cleanRectification>): ProblemBlock[] => {
  const out: ProblemBlock[] = [];
  walk(d.body, (b) => b.type === 'problem' && out.push(b));
  return out;
};

describe('counts.bound-mismatch', () => {
  it('flags a bound count whose imported text said another number (haizhu 58 vs a ledger of 57)', () => {
    const d = cleanRectification();
    const p = (org(d).children[1] as SectionBlock).children[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture');
    const ref = p.content.find((x) => x.t === 'count' && x.key === 'problems');
    if (ref?.t !== 'count') throw new Error('fixture');
    ref.stated = 58;
    const [f] = of(d, 'counts.bound-mismatch');
    expect(f?.message).toContain('58');
    expect(f?.message).toContain(`计算为${computeCounts(d.body).problems}`);
    expect(f?.location.field).toBe('content');
    expect(f?.fix).toBeUndefined();
  });
  it('stays quiet when the stated number agrees', () => {
    const d = cleanRectification();
    const p = (org(d).children[1] as SectionBlock).children[0]!;
    if (p.type === 'paragraph') for (const x of p.content) if (x.t === 'count') x.stated = computeCounts(d.body)[x.key];
    expect(of(d, 'counts.bound-mismatch')).toEqual([]);
  });
});

describe('counts.prose', () => {
  it('compares typed counts with the ledger and fixes them in the same numeral form', () => {
    const d = cleanRectification();
    const c = computeCounts(d.body);
    org(d).children.push(paragraph('围绕八届市委巡察四组反馈的3个方面38个具体问题，制定71项整改措施。'));
    org(d).children.push(paragraph('对照巡察反馈的两个方面，已完成整改3个。'));
    const f = of(d, 'counts.prose');
    const errors = f.filter((x) => x.severity === 'error');
    expect(errors.map((x) => x.fix?.replacement)).toEqual([String(c.aspects), String(c.problems), String(c.measures)]);
    const info = f.filter((x) => x.severity === 'info');
    expect(info).toHaveLength(2); // 两个方面 and 已完成整改3个 agree with the ledger
  });
  it('checks the 完成率', () => {
    const d = cleanRectification();
    org(d).children.push(paragraph('目前整改完成率为100%。'));
    const [f] = of(d, 'counts.prose');
    expect(f?.fix?.replacement).toBe(String(computeCounts(d.body).completionRate));
  });
  it('does not read counts that are not about the feedback', () => {
    const d = cleanRectification();
    org(d).children.push(paragraph('重点从三个方面抓好整改：梳理短板问题4个，提出整改措施4条，分解至相关科室。'));
    expect(of(d, 'counts.prose')).toEqual([]);
  });
});

describe('counts.status-text', () => {
  it('flags a status phrase that contradicts the ledger, with a fix to the ledger wording', () => {
    const d = cleanRectification();
    const p = problems(d)[0]!;
    p.form = 'inline';
    p.statusPhrase = '正在持续推进整改';
    const [f] = of(d, 'counts.status-text');
    expect(f).toMatchObject({ severity: 'error', location: { blockId: p.id, field: 'statusPhrase' } });
    expect(f?.fix?.replacement).toBe('已完成整改');
  });
  it('warns when a done problem says 未完成 in its own text', () => {
    const d = cleanRectification();
    const notDone = problems(d).find((p) => p.status === 'not-done')!;
    notDone.status = 'done';
    const f = of(d, 'counts.status-text');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.excerpt).toContain('未完成整改');
  });
  it('accepts consistent statuses and measures that say 持续 about other work', () => {
    const d = cleanRectification();
    problems(d)[0]!.measures[0]!.content = [{ t: 'text', text: '持续推进法治政府建设，督促未完成法律顾问聘任配备的单位整改。' }];
    expect(of(d, 'counts.status-text')).toEqual([]);
  });
});
