// The tab's local recovery copy against what the library stores (issue 17): the copy follows the revision of the
// tab's last acknowledged save and names the saves it sent without an answer. Every order of "save lands" and
// "tab reopens" ends with everything typed stored and no conflict; only an edit made elsewhere is a conflict.
// Saves go through a real SQLite library, so the content keys are those of drafts that were stored and read back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey, decideRecovery, rememberSent, SENT_KEPT, type RecoveryCopy } from '../../../core/common/api/save-recovery';
import type { Draft } from '../../../core/common/model/types';
import { type TempLibrary, openTempLibrary, simpleDraft } from '../../support/library-drafts';

let t: TempLibrary;
beforeEach(async () => {
  t = await openTempLibrary();
});
afterEach(() => t.cleanup());

const withText = (d: Draft, ...paragraphs: string[]): Draft => ({ ...d, body: simpleDraft('', paragraphs).body });
const stored = (id: string) => {
  const d = t.library.drafts.get(id);
  return { draft: d, revision: { updatedAt: d.updatedAt, content: contentKey(d) } };
};
/** The copy a tab leaves behind: its text on its base, with the saves it sent unanswered. */
const copyOf = (d: Draft, sent: Draft[] = []): RecoveryCopy => ({ base: d.updatedAt, content: contentKey(d), sent: sent.map(contentKey) });

describe('content keys', () => {
  it('ignore the revision and the order of keys, and tell different text apart', () => {
    const d = simpleDraft('通报', ['原文']);
    const reordered = Object.fromEntries(Object.entries(d).reverse()) as unknown as Draft;
    expect(contentKey(reordered)).toBe(contentKey(d));
    expect(contentKey({ ...d, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(contentKey(d));
    expect(contentKey(withText(d, '原文。'))).not.toBe(contentKey(d));
    expect(contentKey({ ...d, fields: { ...d.fields, title: '另一个标题' } })).not.toBe(contentKey(d));
  });

  it('are the same for a draft and the library’s stored copy of it', () => {
    const d = simpleDraft('通报', ['原文']);
    t.library.drafts.create(d);
    const edited = withText(t.library.drafts.get(d.id), '改过的文字');
    t.library.drafts.save(edited, { base: edited.updatedAt });
    expect(stored(d.id).revision.content).toBe(contentKey(edited));
  });
});

describe('reopening with a local copy', () => {
  let r0: Draft;
  beforeEach(() => {
    const d = simpleDraft('通报', ['原文']);
    t.library.drafts.create(d);
    r0 = t.library.drafts.get(d.id);
  });

  it('the save in flight landed before the reload, nothing typed after it: the copy is dropped', () => {
    const sent = withText(r0, '原文，已保存');
    t.library.drafts.save(sent, { base: r0.updatedAt });
    // The copy written at pagehide still has the old base: the answer never arrived.
    expect(decideRecovery(copyOf(sent, [sent]), stored(r0.id).revision)).toEqual({ action: 'discard' });
  });

  it('the save in flight landed before the reload, more typed after it: the rest is restored on the stored revision', () => {
    const sent = withText(r0, '原文，已保存');
    const typed = withText(r0, '原文，已保存，后来又输入的');
    t.library.drafts.save(sent, { base: r0.updatedAt });
    const now = stored(r0.id).revision;
    const decision = decideRecovery(copyOf(typed, [sent]), now);
    expect(decision).toEqual({ action: 'restore', base: now.updatedAt });
    // Saving it as a normal change is accepted and keeps everything.
    t.library.drafts.save({ ...typed, updatedAt: now.updatedAt }, { base: now.updatedAt });
    expect(JSON.stringify(stored(r0.id).draft.body)).toContain('后来又输入的');
  });

  it('the save in flight lands after the reopened tab read the draft: the stale save is rebased, not a conflict', () => {
    const sent = withText(r0, '原文，已保存');
    const typed = withText(r0, '原文，已保存，后来又输入的');
    const copy = copyOf(typed, [sent]);
    // Reopened: the library still holds r0, the copy's own base.
    const first = decideRecovery(copy, stored(r0.id).revision);
    expect(first).toEqual({ action: 'restore', base: r0.updatedAt });
    // Now the old tab's save lands; the reopened tab's save on r0 is refused as stale…
    t.library.drafts.save(sent, { base: r0.updatedAt });
    expect(() => t.library.drafts.save(typed, { base: r0.updatedAt })).toThrow(/另一个窗口/);
    // …and, compared with what is stored, built on.
    const now = stored(r0.id).revision;
    expect(decideRecovery({ ...copy, base: r0.updatedAt }, now)).toEqual({ action: 'restore', base: now.updatedAt });
    t.library.drafts.save({ ...typed, updatedAt: now.updatedAt }, { base: now.updatedAt });
    expect(JSON.stringify(stored(r0.id).draft.body)).toContain('后来又输入的');
  });

  it('the save in flight never landed (host gone, tab crashed): the copy is restored on its own base', () => {
    const sent = withText(r0, '原文，已保存');
    expect(decideRecovery(copyOf(sent, [sent]), stored(r0.id).revision)).toEqual({ action: 'restore', base: r0.updatedAt });
  });

  it('a crash with no save in flight: the unsaved text is restored on its base', () => {
    const typed = withText(r0, '原文，没来得及保存');
    expect(decideRecovery(copyOf(typed), stored(r0.id).revision)).toEqual({ action: 'restore', base: r0.updatedAt });
  });

  it('the draft was changed elsewhere meanwhile: a conflict, the clerk chooses', () => {
    const sent = withText(r0, '原文，已保存');
    const typed = withText(r0, '原文，已保存，后来又输入的');
    t.library.drafts.save(withText(r0, '另一个窗口改的'), { base: r0.updatedAt });
    expect(decideRecovery(copyOf(typed, [sent]), stored(r0.id).revision)).toEqual({ action: 'conflict' });
    // The tab's own save landed, then another window saved on top of it: still a conflict.
    const r1 = t.library.drafts.save({ ...sent, updatedAt: stored(r0.id).draft.updatedAt }, { base: stored(r0.id).draft.updatedAt });
    t.library.drafts.save(withText(r0, '另一个窗口又改的'), { base: r1.updatedAt });
    expect(decideRecovery(copyOf(typed, [sent]), stored(r0.id).revision)).toEqual({ action: 'conflict' });
  });

  it('a copy holding exactly what another window stored is dropped: nothing of it is missing', () => {
    const same = withText(r0, '两边输入的一样');
    t.library.drafts.save(same, { base: r0.updatedAt });
    expect(decideRecovery(copyOf(same), stored(r0.id).revision)).toEqual({ action: 'discard' });
  });
});

describe('the unacknowledged saves a copy remembers', () => {
  it('keeps the latest few, each once, newest last', () => {
    let sent: string[] = [];
    for (const k of ['a', 'b', 'a', 'c', 'd', 'e', 'f']) sent = rememberSent(sent, k);
    expect(sent).toHaveLength(SENT_KEPT);
    expect(sent).toEqual(['c', 'd', 'e', 'f'].slice(-SENT_KEPT));
    expect(rememberSent(['x', 'y'], 'x')).toEqual(['y', 'x']);
  });
});
