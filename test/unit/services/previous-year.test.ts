// 与上年文稿比较 and the 雷同 check read last year's draft (Draft.basedOn) through one reader that tells a purged
// draft from one that cannot be read; the library's 状态 filter holds while searching; export names carry the year.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftDiff } from '../../../core/common/diff';
import type { Draft, ParagraphBlock } from '../../../core/common/model/types';
import { toErrorBody } from '../../../core/common/api/contract';
import { documentApi } from '../../../core/node/services/document-api';
import { LibraryError } from '../../../core/node/store/errors';
import { suggestedFileName } from '../../../core/node/services/file-delivery';
import { libraryApi } from '../../../core/node/services/library-api';
import { type TempLibrary, openTempLibrary, smallRectification } from '../../support/library-drafts';

const noFiles = { saveAs: async () => ({ kind: 'cancelled' as const }), openFile: async () => null };

describe('last year’s draft', () => {
  let t: TempLibrary;
  const apis = () => ({ ...libraryApi(t.library, [], noFiles, () => t.clock.now.toISOString()), ...documentApi(t.library, () => t.clock.now.toISOString()) });
  let lastYear: Draft;
  let thisYear: Draft;

  beforeEach(async () => {
    t = await openTempLibrary();
    lastYear = smallRectification();
    t.library.drafts.create(lastYear);
    thisYear = t.library.carryForward.startFromPreviousYear(lastYear.id).draft;
    const last = thisYear.body.at(-1) as ParagraphBlock;
    last.content = [{ t: 'text', text: '全年召开专题会议15次，培训干部300余人次。' }];
    t.clock.advance(60_000);
    t.library.drafts.save({ ...thisYear, updatedAt: t.clock.now.toISOString() });
  });
  afterEach(() => t.cleanup());

  it('is compared with this year’s draft as stored: the rewritten figures show as changes', async () => {
    const r = await apis()['versions.diffPrevious']({ draftId: thisYear.id }) as { previous: { id: string; year: string | null }; diff: DraftDiff };
    expect(r.previous).toMatchObject({ id: lastYear.id, year: '2024' });
    const changed = r.diff.paragraphs.filter((p) => p.kind === 'changed');
    expect(changed.map((p) => p.after)).toContain('全年召开专题会议15次，培训干部300余人次。');
    const spans = changed.flatMap((p) => p.spans ?? []);
    expect(spans.filter((s) => s.op === 'insert').map((s) => s.text).join('')).toContain('5');
    // The year rolled in the title is a change too: the clerk sees what carry-forward rewrote.
    expect(r.diff.stats.changed).toBeGreaterThanOrEqual(2);
  });

  it('a draft not started from last year’s has nothing to compare with, said in Chinese', async () => {
    await expect(apis()['versions.diffPrevious']({ draftId: lastYear.id })).rejects.toThrow(/不是以往年文稿为基础新建的/);
  });

  it('a purged previous draft is reported as purged; checks still run and say the 雷同 check was skipped', async () => {
    t.library.drafts.delete(lastYear.id);
    t.library.drafts.purge(lastYear.id);
    await expect(apis()['versions.diffPrevious']({ draftId: thisYear.id })).rejects.toThrow(/已从文稿库中彻底删除/);
    const checks = await apis()['checks.run']({ draft: t.library.drafts.get(thisYear.id) });
    expect(checks.note).toMatch(/彻底删除.*未做与上年文稿的雷同检查/);
  });

  it('a library error reaches the renderer with its kind, so a purged draft is told from a locked library', () => {
    expect(toErrorBody(new LibraryError('not-found', '找不到文稿（x），它可能已被彻底删除。'))).toEqual({ code: 'not-found', message: '找不到文稿（x），它可能已被彻底删除。' });
    expect(toErrorBody(new LibraryError('locked', '另一个起草窗口正在使用该资料库。')).code).toBe('locked');
  });

  it('an unreadable previous draft is not called purged: the read error is shown', async () => {
    t.library.store.db.prepare('UPDATE drafts SET json = ? WHERE id = ?').run('{"schemaVersion": "坏"', lastYear.id);
    const err = await apis()['versions.diffPrevious']({ draftId: thisYear.id }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^上年文稿“.*”读取失败：.*无法读取/);
    expect((err as Error).message).not.toMatch(/彻底删除/);
    const checks = await apis()['checks.run']({ draft: t.library.drafts.get(thisYear.id) });
    expect(checks.note).toMatch(/读取失败/);
    expect(checks.note).not.toMatch(/彻底删除/);
  });

  it('the library’s 状态 filter still applies when a search term is typed', async () => {
    t.library.drafts.setStatus(lastYear.id, '定稿');
    const api = apis();
    const all = await api['drafts.list']({ query: '专题会议' });
    expect(all.map((d) => d.id).sort()).toEqual([lastYear.id, thisYear.id].sort());
    const final = await api['drafts.list']({ query: '专题会议', status: '定稿' });
    expect(final.map((d) => d.id)).toEqual([lastYear.id]);
    const drafts = await api['drafts.list']({ query: '专题会议', status: '草稿' });
    expect(drafts.map((d) => d.id)).toEqual([thisYear.id]);
  });
});

describe('export file names', () => {
  it('carry the year, so last year’s and this year’s exports do not share a name', () => {
    const d = smallRectification();
    d.fields.title = '中共某某县司法局党组关于巡察整改进展情况的通报';
    expect(suggestedFileName(d, 'docx')).toBe('2024年中共某某县司法局党组关于巡察整改进展情况的通报.docx');
    d.fields.year = '2025';
    expect(suggestedFileName(d, 'pdf')).toBe('2025年中共某某县司法局党组关于巡察整改进展情况的通报.pdf');
  });

  it('do not repeat a year the title already states, and stay valid file names', () => {
    const d = smallRectification();
    expect(suggestedFileName(d, 'docx')).toBe('中共某某县司法局党组关于2024年巡察整改进展情况的通报.docx');
    d.fields.title = '关于“整改”的通报：第1/2部分';
    expect(suggestedFileName(d, 'docx')).toBe('2024年关于“整改”的通报：第12部分.docx');
    d.fields = {};
    expect(suggestedFileName(d, 'qicao.json')).toBe('未命名文稿.qicao.json');
  });
});
