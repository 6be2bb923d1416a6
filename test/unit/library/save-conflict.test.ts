// Two windows (or two hosts, one after the other, on one data folder) saving the same draft: each save carries the
// revision it was based on, and the SQLite store refuses a stale one — nothing is overwritten silently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryError } from '../../../core/node/library';
import { type TempLibrary, openTempLibrary, simpleDraft } from '../../support/library-drafts';

let t: TempLibrary;
beforeEach(async () => {
  t = await openTempLibrary();
});
afterEach(() => t.cleanup());

const refusal = (f: () => unknown): LibraryError => {
  try {
    f();
  } catch (e) {
    return e as LibraryError;
  }
  throw new Error('expected the save to be refused');
};

describe('saves based on a stale revision', () => {
  it('refuses the second of two saves from the same base and keeps the first', () => {
    const { drafts } = t.library;
    const d = simpleDraft('通报', ['原文']);
    drafts.create(d);
    const base = drafts.get(d.id).updatedAt;

    const windowA = { ...drafts.get(d.id), body: simpleDraft('', ['窗口甲的修改']).body };
    const windowB = { ...drafts.get(d.id), body: simpleDraft('', ['窗口乙的修改']).body };
    const first = drafts.save(windowA, { base });
    const e = refusal(() => drafts.save(windowB, { base }));
    expect(e).toBeInstanceOf(LibraryError);
    expect(e.kind).toBe('conflict');
    expect(e.message).toMatch(/另一个窗口/);
    expect(JSON.stringify(drafts.get(d.id).body)).toContain('窗口甲的修改');

    // Window B, shown the other edit, saves on top of it: accepted.
    drafts.save({ ...windowB, updatedAt: first.updatedAt }, { base: first.updatedAt });
    expect(JSON.stringify(drafts.get(d.id).body)).toContain('窗口乙的修改');
  });

  it('gives every save its own revision even when the clock does not move', () => {
    const { drafts } = t.library;
    const d = simpleDraft('通报', ['一']);
    drafts.create(d);
    const seen = new Set<string>();
    let base = drafts.get(d.id).updatedAt;
    for (let i = 0; i < 5; i++) {
      base = drafts.save(drafts.get(d.id), { base }).updatedAt;
      seen.add(base);
    }
    expect(seen.size).toBe(5);
  });

  it('refuses a stale save after the library was closed and reopened (another host on the same folder)', async () => {
    const d = simpleDraft('通报', ['一']);
    t.library.drafts.create(d);
    const base = t.library.drafts.get(d.id).updatedAt;
    t.library.drafts.save({ ...d, body: simpleDraft('', ['第一台电脑']).body }, { base });
    const lib = await t.reopen();
    t.clock.advance(60_000);
    expect(refusal(() => lib.drafts.save({ ...d, body: simpleDraft('', ['第二台电脑']).body }, { base })).kind).toBe('conflict');
    expect(JSON.stringify(lib.drafts.get(d.id).body)).toContain('第一台电脑');
  });

  it('hands out new drafts as stored, so their first save is not taken for a conflict', () => {
    const { drafts, carryForward } = t.library;
    const d = simpleDraft('2024年通报', ['正文'], { docDate: '2024-02-17' });
    drafts.create(d);
    t.clock.advance(5);
    const dup = drafts.duplicate(d.id);
    expect(() => drafts.save(dup, { base: dup.updatedAt })).not.toThrow();
    t.clock.advance(5);
    const next = carryForward.startFromPreviousYear(d.id, {}).draft;
    const stored = drafts.get(next.id);
    expect(() => drafts.save(stored, { base: stored.updatedAt })).not.toThrow();
  });

  it('keeps the clerk’s refused text as a named version without touching the stored draft', () => {
    const { drafts, versions } = t.library;
    const d = simpleDraft('通报', ['对方的内容']);
    drafts.create(d);
    const mine = { ...d, body: simpleDraft('', ['我的内容']).body };
    const v = versions.keepCopy(mine, '我的修改（冲突时保留）');
    expect(v.kind).toBe('milestone');
    expect(JSON.stringify(versions.get(v.id).draft.body)).toContain('我的内容');
    expect(JSON.stringify(drafts.get(d.id).body)).toContain('对方的内容');
    expect(() => versions.keepCopy({ ...mine, id: 'd_nowhere' }, 'x')).toThrow(/找不到文稿/);
  });
});
