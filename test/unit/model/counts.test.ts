import { describe, expect, it } from 'vitest';
import { measure, paragraph, problem, section } from '../../../core/common/model/build';
import { computeCounts } from '../../../core/common/model/counts';
import { formatChineseDate, inlineText } from '../../../core/common/model/fields';
import { statusFromPhrase } from '../../../core/common/model/status';
import type { Draft, ProblemStatus } from '../../../core/common/model/types';
import { emptyDraft } from '../../../core/common/model/build';
import { parseFieldText } from '../../../core/common/templates/field-text';
import { PUTIAN_PROFILE } from '../../support/profiles';

const p = (status: ProblemStatus, n = 2) => problem('问题', Array.from({ length: n }, (_, i) => measure(`措施${i}`)), { status });

describe('computed counts', () => {
  it('counts aspects, categories, problems, measures and statuses; follow-ups in 三 are not counted again', () => {
    const ledger = section('rectification', '整改情况', [
      section('aspect', 'A', [section('category', 'c1', [p('done'), p('mostly-done', 3)]), section('category', 'c2', [p('not-done')])]),
      section('aspect', 'B', [p('long-term', 1), p('ongoing'), p('unknown', 0)]),
    ]);
    const further = section('further', '需进一步整改', [section('group', '基本完成', [p('mostly-done')])]);
    const c = computeCounts([paragraph('导语'), ledger, further]);
    expect(c).toMatchObject({ aspects: 2, categories: 2, problems: 6, measures: 10, done: 2, mostlyDone: 1, notDone: 2, unknown: 1 });
    // 完成率 = 已完成 (with 长期坚持) / all problems = 2/6, as notices state it (not 2/5 over known statuses).
    expect(c.completionRate).toBe(33);
  });

  it('5 已完成 of 17 problems is 29 %, whatever the other statuses (was 42 % over problems with a status)', () => {
    const ps = [...Array.from({ length: 5 }, () => p('done')), ...Array.from({ length: 7 }, () => p('unknown')), p('not-done'), p('not-done'), p('ongoing'), p('mostly-done'), p('mostly-done')];
    const c = computeCounts([section('rectification', '整改情况', [section('aspect', 'A', ps)])]);
    expect(c.problems).toBe(17);
    expect(c.completionRate).toBe(29);
  });

  it('gives 0 % rather than NaN for an empty ledger', () => {
    expect(computeCounts([]).completionRate).toBe(0);
  });
});

describe('field rendering', () => {
  const draft: Draft = { ...emptyDraft('rectification', '2025-01-01T00:00:00Z'), profile: PUTIAN_PROFILE };
  draft.fields = { feedbackDate: '2024-01-04', inspectionGroup: '八届市委巡察四组' };

  it('writes dates as GB/T 9704 wants them: Arabic, no zero padding', () => {
    expect(formatChineseDate('2025-02-07')).toBe('2025年2月7日');
    expect(formatChineseDate('2025年2月')).toBe('2025年2月');
  });

  it('resolves fields, profile values and counts in prose', () => {
    const counts = computeCounts([section('aspect', 'A', [p('done'), p('done')])]);
    const content = parseFieldText('{{inspectionGroup}}于{{feedbackDate}}反馈{{count:aspects}}个方面{{count:problems}}个问题，电话{{profile.phone}}。');
    expect(inlineText(content, { draft, counts })).toBe('八届市委巡察四组于2024年1月4日反馈1个方面2个问题，电话0594-2630053。');
  });

  it('marks a missing field when the editor asks for it', () => {
    const counts = computeCounts([]);
    expect(inlineText(parseFieldText('巡察组：{{issuer}}'), { draft, counts, missing: () => '【签发人】' })).toBe('巡察组：【签发人】');
  });
});

describe('status phrases', () => {
  it.each([
    ['已完成整改', 'done'],
    ['已基本完成整改，并形成长效机制，长期坚持', 'mostly-done'],
    ['基本完成', 'mostly-done'],
    ['未完成整改', 'not-done'],
    ['尚未完成', 'not-done'],
    ['正在推进', 'ongoing'],
    ['持续整改', 'ongoing'],
    ['长期坚持', 'long-term'],
    ['整改到位', 'done'],
  ] as const)('%s → %s', (phrase, status) => {
    expect(statusFromPhrase(phrase)).toBe(status);
  });
  it('finds none in ordinary text', () => {
    expect(statusFromPhrase('召开党组会议研究部署整改工作')).toBeNull();
  });
});
