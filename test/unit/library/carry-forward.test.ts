// 以往年稿为基础新建 (pure function and service) and 存为我的模板.
import { describe, expect, it } from 'vitest';
import { findFacts, startFromPreviousYear, toUserTemplate } from '../../../core/common/carry-forward';
import type { Block, ProblemBlock, SectionBlock } from '../../../core/common/model/types';
import { ledgerProblems, walk } from '../../../core/common/model/walk';
import { openTempLibrary, smallRectification } from '../../support/library-drafts';
import { putianSizeDraft } from '../../support/synthetic-draft';

const NOW = '2025-01-10T08:00:00.000Z';
const allIds = (blocks: Block[]) => {
  const ids: string[] = [];
  walk(blocks, (b) => ids.push(b.id));
  return ids;
};

describe('findFacts', () => {
  it('finds numbers with units, percentages and dates in Chinese prose', () => {
    const text = '全年召开专题会议12次，培训干部260余人次，完成率达97.14%，整理档案38卷；2024年3月19日召开会议，开展检查三次，落实“两个维护”，一是加强学习。';
    expect(findFacts(text).map((f) => [f.kind, f.text])).toEqual([
      ['count', '12次'], ['count', '260余人次'], ['percent', '97.14%'], ['count', '38卷'], ['date', '2024年3月19日'], ['count', '三次'],
    ]);
    const f = findFacts(text)[0]!;
    expect(text.slice(f.start, f.end)).toBe('12次');
  });
});

describe('startFromPreviousYear', () => {
  it('copies with new ids, rolls the year, clears document dates, keeps inspection dates, sets basedOn', () => {
    const prev = smallRectification();
    const r = startFromPreviousYear(prev, { now: NOW });
    expect(r.fromYear).toBe(2024);
    expect(r.toYear).toBe(2025);
    const d = r.draft;
    expect(d.id).not.toBe(prev.id);
    const oldIds = new Set(allIds(prev.body));
    expect(allIds(d.body).some((id) => oldIds.has(id))).toBe(false);
    expect(d.fields.year).toBe('2025');
    expect(d.fields.title).toBe('中共某某县司法局党组关于2025年巡察整改进展情况的通报');
    expect(d.fields.docDate).toBeUndefined();
    expect(d.fields.docNumber).toBeUndefined();
    expect(d.fields.feedbackDate).toBe('2023-07-04');
    expect(r.fieldChanges.find((c) => c.key === 'docDate')).toMatchObject({ action: 'cleared', before: '2024-02-17', after: null });
    expect(r.fieldChanges.find((c) => c.key === 'feedbackDate')).toMatchObject({ action: 'kept' });
    expect(d.basedOn).toEqual({ draftId: prev.id, title: prev.fields.title, year: '2024' });
    expect(d.createdAt).toBe(NOW);
    walk(d.body, (b) => expect(b.carried).toBe(true));
    expect(prev.body[0]!.carried).toBeUndefined(); // the source is untouched
  });

  it('gives the new draft its year even when the old one had only a 成文日期', () => {
    const prev = smallRectification();
    delete prev.fields.year;
    const r = startFromPreviousYear(prev, { now: NOW });
    expect(r.draft.fields.year).toBe('2025');
    expect(r.fieldChanges.find((c) => c.key === 'year')).toMatchObject({ before: '', after: '2025', action: 'rolled' });
  });

  it('moves dates by whole years when asked', () => {
    const r = startFromPreviousYear(smallRectification(), { now: NOW, dates: { docDate: 'shift', feedbackDate: 'clear' } });
    expect(r.draft.fields.docDate).toBe('2025-02-17');
    expect(r.draft.fields.feedbackDate).toBeUndefined();
    expect(r.fieldChanges.find((c) => c.key === 'docDate')).toMatchObject({ action: 'moved', after: '2025-02-17' });
  });

  it('collapses done problems by default and keeps unfinished ones whole', () => {
    const r = startFromPreviousYear(smallRectification(), { now: NOW });
    const probs = ledgerProblems(r.draft.body).map((p) => p.problem);
    expect(probs.map((p) => p.status)).toEqual(['done', 'mostly-done', 'done', 'not-done']);
    const done = probs[0]!;
    expect(done).toMatchObject({ form: 'inline', measures: [], statusPhrase: '已完成整改' });
    expect(r.problems).toMatchObject({ kept: 2, collapsed: 2, dropped: [] });
  });

  it('drops done problems and the aspect headings they leave empty', () => {
    const r = startFromPreviousYear(smallRectification(), { now: NOW, doneProblems: 'drop' });
    const probs = ledgerProblems(r.draft.body).map((p) => p.problem);
    expect(probs.map((p) => p.status)).toEqual(['mostly-done', 'not-done']);
    expect(r.problems.dropped.map((p) => p.title)).toEqual(['理论学习不够深入', '财务管理制度执行不严']);
    const rect = r.draft.body[1] as SectionBlock;
    expect(rect.children.map((c) => (c as SectionBlock).heading[0])).toEqual([
      { t: 'text', text: '贯彻落实党中央决策部署方面' },
      { t: 'text', text: '组织建设方面' },
    ]);
  });

  it('lists the statistics in carried text with their location', () => {
    const r = startFromPreviousYear(smallRectification(), { now: NOW });
    const texts = r.statistics.map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['12次', '260余人次', '97.14%', '38卷', '2024年12月底']));
    const pct = r.statistics.find((s) => s.text === '97.14%')!;
    const para = r.draft.body.find((b) => b.id === pct.blockId)!;
    expect(para.type).toBe('paragraph');
    const deadline = r.statistics.find((s) => s.part === 'deadline')!;
    const problemIds = ledgerProblems(r.draft.body).map((p) => p.problem.id);
    expect(problemIds).toContain(deadline.blockId);
  });

  it('carries a putian-size draft quickly', () => {
    const prev = putianSizeDraft();
    const t0 = performance.now();
    const r = startFromPreviousYear(prev, { now: NOW, doneProblems: 'keep' });
    expect(performance.now() - t0).toBeLessThan(200);
    expect(ledgerProblems(r.draft.body)).toHaveLength(38);
    expect(r.statistics.length).toBeGreaterThan(10);
  });
});

describe('toUserTemplate', () => {
  it('strips dates, year, document number and statuses, keeps structure and boilerplate', () => {
    const prev = smallRectification();
    const { draft, removedFields, remainingFacts } = toUserTemplate(prev, NOW);
    expect(removedFields.sort()).toEqual(['docDate', 'docNumber', 'feedbackDate', 'inspectionEnd', 'inspectionStart', 'year'].sort());
    expect(draft.fields.signer).toBe('中共某某县司法局党组');
    const probs = ledgerProblems(draft.body).map((p) => p.problem as ProblemBlock);
    expect(probs).toHaveLength(4);
    for (const p of probs) {
      expect(p.status).toBe('unknown');
      expect(p.statusPhrase).toBeUndefined();
      expect(p.deadline).toBeUndefined();
    }
    expect(remainingFacts.map((f) => f.text)).toContain('97.14%');
  });
});

describe('CarryForward and UserTemplates services', () => {
  it('stores the carried draft and instantiates a saved template', async () => {
    const t = await openTempLibrary();
    try {
      const prev = smallRectification();
      t.library.drafts.create(prev);
      const r = t.library.carryForward.startFromPreviousYear(prev.id, { doneProblems: 'drop' });
      expect(r.summary.year).toBe('2025');
      expect(t.library.drafts.get(r.draft.id).basedOn?.draftId).toBe(prev.id);

      const saved = t.library.templates.saveFromDraft(prev.id, '我的整改通报模板');
      expect(t.library.templates.list().map((x) => x.name)).toEqual(['我的整改通报模板']);
      const fresh = t.library.templates.instantiate(saved.template.id);
      expect(fresh.templateId).toBe(`user:${saved.template.id}`);
      expect(fresh.fields.docDate).toBeUndefined();
      expect(t.library.drafts.list()).toHaveLength(3);
      t.library.templates.rename(saved.template.id, '改名');
      t.library.templates.delete(saved.template.id);
      expect(t.library.templates.list()).toHaveLength(0);
    } finally {
      t.cleanup();
    }
  });
});
