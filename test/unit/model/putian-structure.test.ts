// The putian notice's structure built by hand in the model: its summary must equal the expected fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDraft, measure, paragraph, problem, section } from '../../../core/common/model/build';
import { computeNumbering } from '../../../core/common/model/numbering';
import type { ProblemBlock, SectionBlock } from '../../../core/common/model/types';
import { summarize } from '../../../core/common/summary';
import { PUTIAN_PROFILE } from '../../support/profiles';
import { EXPECTED_DIR, itShared } from '../../support/shared';

const expectedSummary = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(EXPECTED_DIR, 'putian-sfj-2025-notice.json'), 'utf8')) as Record<string, unknown>;

// Problems per category, per aspect, as published: (一) 1.–5., (二) 6.–9., (三) 10.–15.
const SHAPE = [[3, 3, 3, 2, 3], [3, 2, 2, 1], [2, 3, 3, 2, 3, 3]];

function putianDraft() {
  const d = emptyDraft('rectification', '2025-02-17T09:00:00Z', 'rectification-notice');
  d.profile = { ...PUTIAN_PROFILE, postcode: '' };
  d.fields = { title: '中共莆田市司法局党组关于巡察整改进展情况的通报', signer: '中共莆田市司法局党组', docDate: '2025-02-17' };
  let n = 0;
  const aspects = SHAPE.map((cats, a) =>
    section('aspect', `方面${a + 1}`, cats.map((k, c) =>
      section('category', `类别${a + 1}-${c + 1}`, Array.from({ length: k }, () =>
        problem(`问题${++n}。`, [measure('一项措施。'), measure('二项措施。')], { measuresLabel: '整改情况', status: 'done' }))),
    )));
  d.body = [
    paragraph('根据市委巡察工作统一部署……', 'preamble'),
    section('organisation', '组织领导', [section('generic', '提高政治站位抓整改。', [paragraph('……')], { runIn: true })]),
    section('rectification', '巡察反馈问题的整改情况', aspects, { continuousNumbering: true }),
    section('further', '需要进一步整改的事项及措施', [
      section('group', '基本完成整改的问题', [problem('谋划推进改革力度不够。', [], { status: 'mostly-done' })]),
    ]),
    section('plan', '下一步计划', [paragraph('……')]),
    paragraph('欢迎广大干部群众对巡察整改落实情况进行监督。', 'contact'),
  ];
  return d;
}

describe('the putian notice in the model', () => {
  itShared('summarises to the expected fixture', () => {
    const s = summarize(putianDraft()) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expectedSummary())) {
      if (k === 'problems') {
        const [min, max] = v as [number, number];
        expect(s.problems as number).toBeGreaterThanOrEqual(min);
        expect(s.problems as number).toBeLessThanOrEqual(max);
      } else expect(s[k], k).toEqual(v);
    }
    expect(s.measures).toBe(76);
  });

  it('numbers categories 1.–15. and problems (1)–(38) across aspects, but restarts in section 三', () => {
    const d = putianDraft();
    const n = computeNumbering(d.body);
    const rect = d.body[2] as SectionBlock;
    const lastAspect = rect.children[2] as SectionBlock;
    const lastCategory = lastAspect.children.at(-1) as SectionBlock;
    expect(n.get(lastAspect.id)).toBe('（三）');
    expect(n.get(lastCategory.id)).toBe('15.');
    expect(n.get((lastCategory.children.at(-1) as ProblemBlock).id)).toBe('（38）');
    const further = d.body[3] as SectionBlock;
    const group = further.children[0] as SectionBlock;
    expect(n.get(further.id)).toBe('三、');
    expect(n.get(group.children[0]!.id)).toBe('1.');
  });
});
