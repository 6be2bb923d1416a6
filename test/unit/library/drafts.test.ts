// DraftLibrary: create, list with filters and sorting, autosave (fast, durable across reopen), rename, 回收站, duplicate.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putianSizeDraft, printedChars } from '../../support/synthetic-draft';
import { type TempLibrary, openTempLibrary, simpleDraft } from '../../support/library-drafts';

let t: TempLibrary;
beforeEach(async () => {
  t = await openTempLibrary();
});
afterEach(() => t.cleanup());

describe('DraftLibrary', () => {
  it('creates, gets and lists drafts filtered by year, type and status', () => {
    const { drafts } = t.library;
    drafts.create(simpleDraft('二〇二四年工作总结', ['正文'], { docType: 'work-summary', year: '2024' }));
    t.clock.advance(1000);
    const b = simpleDraft('关于巡察整改进展情况的通报', ['正文'], { docDate: '2025-02-17' });
    drafts.create(b);
    t.clock.advance(1000);
    drafts.create(simpleDraft('另一份通报', ['正文'], { docDate: '2024-02-17' }));

    expect(drafts.list().map((d) => d.title)).toEqual(['另一份通报', '关于巡察整改进展情况的通报', '二〇二四年工作总结']);
    expect(drafts.list({ year: '2024' }).map((d) => d.title).sort()).toEqual(['二〇二四年工作总结', '另一份通报'].sort());
    expect(drafts.list({ docType: 'work-summary' }).map((d) => d.year)).toEqual(['2024']);
    drafts.setStatus(b.id, '送审');
    expect(drafts.list({ status: '送审' }).map((d) => d.id)).toEqual([b.id]);
    expect(drafts.list({ sort: 'year', order: 'asc' }).map((d) => d.year)).toEqual(['2024', '2024', '2025']);
    expect(drafts.get(b.id).fields.title).toBe('关于巡察整改进展情况的通报');
    expect(() => drafts.get('d_missing')).toThrow(/找不到文稿/);
  });

  it('sorts titles in pinyin order', () => {
    for (const title of ['张三', '阿姨', '中国']) t.library.drafts.create(simpleDraft(title, []));
    expect(t.library.drafts.list({ sort: 'title' }).map((d) => d.title)).toEqual(['阿姨', '张三', '中国']);
  });

  it('autosaves a putian-size draft in a few milliseconds and keeps it across a reopen', async () => {
    const draft = putianSizeDraft();
    expect(printedChars(draft)).toBeGreaterThan(16_500);
    t.library.drafts.create(draft);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      t.clock.advance(1000);
      draft.fields.docNumber = `莆司党〔2025〕${i}号`;
      const t0 = performance.now();
      t.library.drafts.save(draft);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[15]!).toBeLessThan(50); // median; the bench measures it precisely
    const lib = await t.reopen();
    expect(lib.drafts.get(draft.id).fields.docNumber).toBe('莆司党〔2025〕29号');
    expect(lib.drafts.summary(draft.id).updatedAt).toBe(t.clock.now.toISOString());
  });

  it('upserts on save of a draft not yet in the library', () => {
    const d = simpleDraft('直接保存', ['内容']);
    const r = t.library.drafts.save(d);
    expect(r.updatedAt).toBe(t.clock.now.toISOString());
    expect(t.library.drafts.get(d.id).fields.title).toBe('直接保存');
  });

  it('renames, soft-deletes to the 回收站, restores and purges', () => {
    const { drafts } = t.library;
    const d = simpleDraft('旧标题', ['内容']);
    drafts.create(d);
    expect(drafts.rename(d.id, '  新标题 ').title).toBe('新标题');
    expect(drafts.get(d.id).fields.title).toBe('新标题');
    drafts.delete(d.id);
    expect(drafts.list()).toHaveLength(0);
    expect(drafts.list({ scope: 'deleted' }).map((x) => x.id)).toEqual([d.id]);
    expect(drafts.get(d.id).fields.title).toBe('新标题'); // still readable from the 回收站
    drafts.undelete(d.id);
    expect(drafts.list()).toHaveLength(1);
    expect(() => drafts.purge(d.id)).toThrow(/回收站/);
    drafts.delete(d.id);
    drafts.purge(d.id);
    expect(drafts.list({ scope: 'all' })).toHaveLength(0);
    expect(t.library.versions.list(d.id)).toHaveLength(0);
  });

  it('duplicates with new ids and a 副本 title', () => {
    const src = putianSizeDraft();
    t.library.drafts.create(src);
    const copy = t.library.drafts.duplicate(src.id);
    expect(copy.id).not.toBe(src.id);
    expect(copy.fields.title).toMatch(/（副本）$/);
    expect(copy.body[0]!.id).not.toBe(src.body[0]!.id);
    expect(t.library.drafts.list()).toHaveLength(2);
    expect(t.library.drafts.get(copy.id).body.length).toBe(src.body.length);
  });

  it('refuses a second create with the same id', () => {
    const d = simpleDraft('一', []);
    t.library.drafts.create(d);
    expect(() => t.library.drafts.create(d)).toThrow(/已有同一编号/);
  });
});
