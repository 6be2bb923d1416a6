// Versions: automatic snapshots on an interval with dedupe, milestones, export snapshots, restore, diff.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraph } from '../../../core/common/model/build';
import { type TempLibrary, openTempLibrary, simpleDraft } from '../../support/library-drafts';

let t: TempLibrary;
beforeEach(async () => {
  t = await openTempLibrary();
});
afterEach(() => t.cleanup());

const MIN = 60_000;

describe('Versions', () => {
  it('takes at most one automatic version per 10 minutes of editing and skips identical content', () => {
    const { drafts, versions } = t.library;
    const d = simpleDraft('通报', ['第一段。']);
    drafts.create(d); // the first state is version 1
    expect(versions.list(d.id).map((v) => v.kind)).toEqual(['auto']);
    for (let i = 0; i < 25; i++) {
      t.clock.advance(MIN);
      d.body = [paragraph(`第一段，第${i}次修改。`)];
      drafts.save(d);
    }
    // saves at minutes 10 and 20 pass the interval
    expect(versions.list(d.id).filter((v) => v.kind === 'auto')).toHaveLength(3);
    t.clock.advance(11 * MIN);
    // The newest version holds the state of minute 20; the last edits differ from it.
    expect(drafts.save(d).autoVersion).not.toBeNull();
    t.clock.advance(11 * MIN);
    expect(drafts.save(d).autoVersion).toBeNull(); // identical to the newest version → deduped
  });

  it('keeps named milestones, export versions and moves the status', () => {
    const { drafts, versions } = t.library;
    const d = simpleDraft('通报', ['讨论稿内容。']);
    drafts.create(d);
    const m = versions.createMilestone(d.id, '送审稿', { status: '送审' });
    expect(m).toMatchObject({ kind: 'milestone', label: '送审稿' });
    expect(drafts.summary(d.id).status).toBe('送审');
    const e = versions.recordExport(d.id, '导出 通报.docx');
    expect(e.kind).toBe('export');
    expect(versions.list(d.id).map((v) => v.kind)).toEqual(['export', 'milestone', 'auto']);
    expect(versions.get(m.id).draft.body[0]).toMatchObject({ type: 'paragraph' });
    // 字数 as the status bar counts it (core/common/view/char-count.ts): the title is part of the document.
    expect(versions.list(d.id)[0]!.chars).toBe('通报讨论稿内容。'.length);
    expect(() => versions.createMilestone(d.id, '  ')).toThrow(/名称/);
  });

  it('restores a version after snapshotting the current state', () => {
    const { drafts, versions } = t.library;
    const d = simpleDraft('通报', ['原来的内容。']);
    drafts.create(d);
    const v1 = versions.createMilestone(d.id, '讨论稿');
    t.clock.advance(MIN);
    d.body = [paragraph('改过的内容。')];
    drafts.save(d);
    t.clock.advance(MIN);
    const restored = versions.restore(v1.id);
    expect(restored.id).toBe(d.id);
    expect(drafts.get(d.id).body[0]).toMatchObject({ content: [{ text: '原来的内容。' }] });
    const list = versions.list(d.id);
    expect(list[0]).toMatchObject({ kind: 'restore', label: '恢复到“讨论稿”之前' });
    expect(versions.get(list[0]!.id).draft.body[0]).toMatchObject({ content: [{ text: '改过的内容。' }] });
    // Restoring again from the same state does not pile up identical snapshots.
    versions.restore(v1.id);
    expect(versions.list(d.id).filter((v) => v.kind === 'restore')).toHaveLength(2);
  });

  it('diffs two versions at paragraph and character level (Chinese)', () => {
    const { drafts, versions } = t.library;
    const d = simpleDraft('通报', [
      '局党组召开专题会议3次，研究部署整改工作。',
      '建立问题清单、任务清单、责任清单。',
      '这一段将被删除。',
    ]);
    drafts.create(d);
    const v1 = versions.createMilestone(d.id, '讨论稿');
    d.body = [
      paragraph('局党组召开专题会议5次，研究部署整改工作。'),
      paragraph('建立问题清单、任务清单、责任清单。'),
      paragraph('新增加的一段内容，说明下一步计划。'),
    ];
    drafts.save(d);
    const diff = versions.diff(d.id, v1.id, 'current');
    const kinds = diff.paragraphs.map((p) => p.kind);
    expect(kinds[0]).toBe('same'); // the title
    expect(kinds[1]).toBe('changed');
    expect(kinds[2]).toBe('same');
    expect(kinds.slice(3).sort()).toEqual(['added', 'removed']);
    expect(diff.paragraphs[1]!.spans).toEqual([
      { op: 'equal', text: '局党组召开专题会议' },
      { op: 'delete', text: '3' },
      { op: 'insert', text: '5' },
      { op: 'equal', text: '次，研究部署整改工作。' },
    ]);
    expect(diff.stats).toMatchObject({ same: 2, changed: 1, added: 1, removed: 1 });
  });

  it('thins automatic versions older than a week to one per day, keeping milestones', () => {
    const { drafts, versions } = t.library;
    const d = simpleDraft('通报', ['开始。']);
    drafts.create(d);
    versions.createMilestone(d.id, '讨论稿');
    for (let i = 0; i < 12; i++) {
      t.clock.advance(11 * MIN);
      d.body = [paragraph(`第${i}次修改。`)];
      drafts.save(d);
    }
    const before = versions.list(d.id);
    expect(before.filter((v) => v.kind === 'auto').length).toBe(13);
    expect(versions.thin()).toBe(0); // nothing is a week old yet
    t.clock.advance(8 * 24 * 60 * MIN);
    const removed = versions.thin();
    const after = versions.list(d.id);
    const days = new Set(before.filter((v) => v.kind === 'auto').map((v) => v.createdAt.slice(0, 10)));
    expect(after.filter((v) => v.kind === 'auto').length).toBe(days.size);
    expect(removed).toBe(13 - days.size);
    expect(after.filter((v) => v.kind === 'milestone')).toHaveLength(1);
  });
});
