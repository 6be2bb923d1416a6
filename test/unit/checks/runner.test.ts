import { describe, expect, it } from 'vitest';
import { RULES, applyFixToInlines, checkDraft, checkText, describeLocation } from '../../../core/common/checks/index';
import { computeCounts } from '../../../core/common/model/counts';
import { paragraph } from '../../../core/common/model/build';
import type { Inline, SectionBlock } from '../../../core/common/model/types';
import { cleanRectification } from './clean-drafts';

const plan = (d: ReturnType<typeof cleanRectification>) => d.body.find((b) => b.type === 'section' && b.role === 'plan') as SectionBlock;

describe('rule registry', () => {
  it('has unique ids, a severity, a Chinese name and something to run', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.name).toMatch(/[\u4e00-\u9fff]/);
      expect(Boolean(r.text || r.draft), r.id).toBe(true);
    }
  });
});

describe('findings', () => {
  it('carry Chinese messages, a location in the block and field, and offsets into that text', () => {
    const d = cleanRectification();
    const p = paragraph('对照反馈意见,逐项制定整改措施。');
    plan(d).children.push(p);
    const [f] = checkDraft(d).filter((x) => x.ruleId === 'punct.half-width');
    expect(f).toMatchObject({ severity: 'error', location: { blockId: p.id, field: 'content', start: 6, end: 7 }, fix: { replacement: '，' } });
    expect(f!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(f!.excerpt).toContain('反馈意见,逐项');
    expect(describeLocation(d, f!.location)).toContain('下一步计划');
  });

  it('have ids that survive edits elsewhere, so an ignore is remembered', () => {
    const d = cleanRectification();
    const p = paragraph('对照反馈意见,逐项制定整改措施。');
    plan(d).children.push(p);
    const before = checkDraft(d).find((x) => x.ruleId === 'punct.half-width')!;
    p.content = [{ t: 'text', text: `下一步，${(p.content[0] as { text: string }).text}` }];
    plan(d).children.unshift(paragraph('新增的一段。'));
    const after = checkDraft(d).find((x) => x.ruleId === 'punct.half-width')!;
    expect(after.id).toBe(before.id);
    expect(after.location.start).toBe(before.location.start! + 4);
    expect(checkDraft(d, { ignored: [before.id] }).some((x) => x.id === before.id)).toBe(false);
  });

  it('tell apart the same mark twice in one paragraph', () => {
    const ids = checkText('对照反馈意见,逐项制定整改措施,明确责任领导,').map((f) => f.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('never point into a field value or a count, and a fix never touches one', () => {
    const d = cleanRectification();
    d.profile.mailAddress = '莆田市城厢区学园中街95号(莆田市司法局)';
    const found = checkDraft(d).filter((x) => x.location.blockId && x.ruleId === 'punct.half-width');
    expect(found).toEqual([]);
    // Reported on the profile field itself instead.
    expect(checkDraft(d).filter((x) => x.location.field === 'profile.mailAddress')).toHaveLength(2);
  });

  it('apply to inline content around field and count refs', () => {
    const d = cleanRectification();
    const counts = computeCounts(d.body);
    const content: Inline[] = [{ t: 'text', text: '反馈的' }, { t: 'count', key: 'aspects' }, { t: 'text', text: '个方面,共' }, { t: 'count', key: 'problems' }, { t: 'text', text: '个问题' }];
    const comma = 3 + String(counts.aspects).length + 3;
    const out = applyFixToInlines(content, { draft: d, counts }, comma, comma + 1, '，');
    expect(out?.map((p) => (p.t === 'text' ? p.text : `{${p.key}}`)).join('')).toBe('反馈的{aspects}个方面，共{problems}个问题');
    expect(applyFixToInlines(content, { draft: d, counts }, 3, 4, '7')).toBeNull();
  });
});

describe('checkText', () => {
  it('reports offsets in the whole text across lines', () => {
    const text = '一、组织领导\n局党组高度重视,成立领导小组。';
    const [f] = checkText(text);
    expect(text.slice(f!.location.start, f!.location.end)).toBe(',');
  });
});
