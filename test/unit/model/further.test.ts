import { describe, expect, it } from 'vitest';
import { emptyDraft, measure, problem, section } from '../../../core/common/model/build';
import { computeCounts } from '../../../core/common/model/counts';
import { FOLLOW_UP_LEAD, ORPHAN_NOTE, furtherWouldDrop, regenerateFurtherSection } from '../../../core/common/model/further';
import type { ParagraphBlock, ProblemBlock, SectionBlock } from '../../../core/common/model/types';
import { renderPlainText } from '../../../core/common/render/plain-text';

const ledger = () =>
  section('rectification', '巡察反馈问题的整改情况', [
    section('aspect', '聚焦党中央决策部署落实情况', [
      problem('“首题必政治”落实不够严格。', [measure('强化认识。')], { status: 'done' }),
      problem('县（区）矫正中心建设相对滞后。', [measure('加强指导督促。'), measure('推动升级改造。')], { status: 'not-done' }),
      problem('律师行业监管不够到位。', [measure('强化引导整治。')], { status: 'mostly-done' }),
    ]),
  ], { continuousNumbering: true });

describe('section 三 from the ledger', () => {
  it('lists problems not yet done, grouped by status, without counting them again', () => {
    const d = emptyDraft('rectification', '2025-01-01T00:00:00Z');
    d.body = regenerateFurtherSection([ledger(), section('further', '需要进一步整改的事项及措施', [])]);
    const further = d.body[1] as SectionBlock;
    expect(further.children.map((g) => (g as SectionBlock).heading)).toEqual([
      [{ t: 'text', text: '基本完成整改的问题' }],
      [{ t: 'text', text: '未完成整改的问题' }],
    ]);
    expect(computeCounts(d.body).problems).toBe(3);
    const text = renderPlainText(d);
    expect(text).toContain('\u3000\u3000二、需要进一步整改的事项及措施\n\u3000\u3000（一）基本完成整改的问题\n\u3000\u30001.律师行业监管不够到位。');
    expect(text).toContain('（二）未完成整改的问题\n\u3000\u30001.县（区）矫正中心建设相对滞后。');
    expect(text).toContain(FOLLOW_UP_LEAD);
  });

  it('keeps what the clerk wrote when regenerated after a status change, and adds the section if missing', () => {
    let body = regenerateFurtherSection([ledger()]);
    expect((body[1] as SectionBlock).role).toBe('further');
    const write = (groupIndex: number, text: string) => {
      const group = (body[1] as SectionBlock).children[groupIndex] as SectionBlock;
      ((group.children[0] as ProblemBlock).children[0] as ParagraphBlock).content = [{ t: 'text', text: `${FOLLOW_UP_LEAD}${text}` }];
    };
    write(1, '受编制所限，力争2025年12月完成。');
    write(0, '行业监管政策性强，下一步持续跟进。');
    // The clerk marks the mostly-done problem as done: it leaves section 三; the written follow-up stays.
    const rect = body[0] as SectionBlock;
    ((rect.children[0] as SectionBlock).children[2] as ProblemBlock).status = 'done';
    body = regenerateFurtherSection(body);
    const groups = (body[1] as SectionBlock).children as SectionBlock[];
    expect(groups.map((g) => g.heading)).toEqual([[{ t: 'text', text: '未完成整改的问题' }], [{ t: 'text', text: '其他需进一步整改的问题' }]]);
    expect(JSON.stringify(groups[0])).toContain('受编制所限');
    // The mostly-done problem's follow-up is now done in the ledger: kept, flagged, not dropped.
    const orphan = groups[1]!.children[0] as ProblemBlock;
    expect(orphan.uncertain).toBe(ORPHAN_NOTE);
    expect(computeCounts(body).problems).toBe(3);
  });

  it('drops an untouched generated follow-up silently when its problem is done', () => {
    let body = regenerateFurtherSection([ledger()]);
    const rect = body[0] as SectionBlock;
    for (const p of (rect.children[0] as SectionBlock).children as ProblemBlock[]) p.status = 'done';
    body = regenerateFurtherSection(body);
    expect((body[1] as SectionBlock).children).toEqual([]);
  });
});

describe('what regenerating 三 would drop', () => {
  it('an unwritten follow-up whose problem is now done is dropped; one the clerk wrote into is kept', () => {
    const body = regenerateFurtherSection([ledger(), section('further', '需要进一步整改的事项及措施', [])]);
    expect(furtherWouldDrop(body)).toEqual([]);
    const aspect = (body[0] as SectionBlock).children[0] as SectionBlock;
    for (const p of aspect.children as ProblemBlock[]) p.status = 'done';
    expect(furtherWouldDrop(body).map((d) => d.title).sort()).toEqual(['县（区）矫正中心建设相对滞后。', '律师行业监管不够到位。'].sort());
    // Written into, a follow-up is kept (flagged) by regeneration, so it is not among those dropped.
    const written = ((body[1] as SectionBlock).children[0] as SectionBlock).children[0] as ProblemBlock;
    written.measures = [measure('已完成主体整改，正在验收。')];
    expect(furtherWouldDrop(body).map((d) => d.title)).not.toContain(plainTitle(written));
  });
});

const plainTitle = (p: ProblemBlock): string => p.title.map((i) => (i.t === 'text' ? i.text : '')).join('');
