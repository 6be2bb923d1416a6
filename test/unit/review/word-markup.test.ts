// The review on DOCX files carrying Word's own revision markup (hand-built, following ECMA-376): every kind of
// change lands in its block, accepting and rejecting give the expected text, nothing is applied twice.
import { expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { toPrinted, printedText } from '../../../core/common/render/printed';
import { acceptAll, applyReview, reviewDocx } from '../../../core/common/review';
import { baseParts } from '../../../core/common/review/pieces';
import { WHO, WordDoc } from './word-markup';
import { inlineText, ledgerDraft, problems, putianDraft, read } from './fixtures';
import { describeShared } from '../../support/shared';

const draft = putianDraft();
const parts = baseParts(draft);
const ledger = ledgerDraft();
const ledgerParts = baseParts(ledger);
const docText = parts.map((p) => p.text).join('\n');

/** A slice of a part's text that occurs once in the whole document, so the edit lands in exactly that part. */
function unique(kind: string, n = 0, len = 8): { text: string; part: number } {
  let seen = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.unit.kind !== kind) continue;
    for (let k = 0; k + len <= p.text.length; k++) {
      const s = p.text.slice(k, k + len);
      if (!/[“”（）0-9]/.test(s) && docText.indexOf(s) === docText.lastIndexOf(s) && p.pieces.some((x) => x.kind === 'text' && x.text.includes(s))) {
        if (seen++ === n) return { text: s, part: i };
        break;
      }
    }
  }
  throw new Error(`no unique text in a ${kind}`);
}

async function edited(edit: (d: WordDoc) => void, from = draft): Promise<Uint8Array> {
  const d = await WordDoc.open(await buildDocx(from));
  edit(d);
  return d.bytes();
}

const printed = (d: typeof draft) => toPrinted(d).map(printedText).join('\n');

describeShared('review of Word revision markup', () => {
  it('finds no change in an unedited export', async () => {
    const doc = await read(await buildDocx(draft));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.mode).toBe('anchors');
    expect(r.baseMatches).toBe(true);
    expect(r.changes).toEqual([]);
    expect(r.comments).toEqual([]);
  });

  it('places a tracked replacement in its measure; accepting and rejecting give the expected text', async () => {
    const t = unique('measure', 3);
    const doc = await read(await edited((d) => d.replace(t.text, '全面压实责任')));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0]!;
    expect(c).toMatchObject({ kind: 'replace', tracked: true, author: WHO.author, date: WHO.date, deleted: t.text, inserted: '全面压实责任', part: t.part, unitLabel: '整改措施' });
    expect(c.place.length).toBeGreaterThanOrEqual(3);
    const yes = applyReview(draft, draft, doc, 'a.docx', { accept: [c.id] });
    expect(printed(yes.draft)).toBe(printed(draft).replace(t.text, '全面压实责任'));
    const no = applyReview(draft, draft, doc, 'a.docx', { accept: [] });
    expect(no.draft).toEqual(draft);
  });

  it('deletes a measure whose paragraph (text and mark) was deleted, and keeps it when rejected', async () => {
    const t = unique('measure', 5);
    const measureId = parts[t.part]!.unit.id!;
    const doc = await read(await edited((d) => d.deleteParagraph(t.text)));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.changes.map((c) => c.kind)).toEqual(['paragraph-deleted']);
    expect(r.changes[0]!.revs.length).toBeGreaterThan(1);
    const yes = applyReview(draft, draft, doc, 'a.docx', acceptAll(r)).draft;
    expect(problems(yes).flatMap((p) => p.measures).some((m) => m.id === measureId)).toBe(false);
    expect(problems(yes).flatMap((p) => p.measures)).toHaveLength(problems(draft).flatMap((p) => p.measures).length - 1);
    expect(applyReview(draft, draft, doc, 'a.docx', { accept: [] }).draft).toEqual(draft);
  });

  it('turns a new paragraph after a measure into a new measure (the typed ordinal dropped)', async () => {
    const t = unique('measure', 7);
    const owner = parts[t.part]!.unit;
    const doc = await read(await edited((d) => d.newParagraphAfter(t.text, '（9）建立月度通报制度。')));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ kind: 'paragraph-inserted', inserted: '（9）建立月度通报制度。', part: t.part });
    const p = problems(applyReview(draft, draft, doc, 'a.docx', acceptAll(r)).draft).find((x) => x.id === owner.blockId)!;
    const i = p.measures.findIndex((m) => m.id === owner.id);
    expect(inlineText(p.measures[i + 1]!.content)).toBe('建立月度通报制度。');
  });

  it('removes a whole measure deleted with its computed ordinal from a paragraph holding several', async () => {
    const i = parts.findIndex((p) => p.pieces.filter((x) => x.kind !== 'fixed' && x.kind !== 'status' && x.slot.slot.startsWith('measure:')).length >= 3);
    const part = parts[i]!;
    // The second measure: its ordinal (二是) and its text.
    const ords = part.pieces.map((x, k) => [x, k] as const).filter(([x]) => x.kind === 'fixed' && x.what === '序号');
    const [, k2] = ords[1]!;
    const [, k3] = ords[2]!;
    const second = part.pieces.slice(k2, k3).map((x) => x.text).join('');
    const slot = part.pieces[k2 + 1]!;
    const measureId = slot.kind === 'text' ? slot.slot.slot.slice('measure:'.length) : '';
    for (const bytes of [await edited((d) => d.deleteText(second)), await edited((d) => d.retype(second, ''))]) {
      const doc = await read(bytes);
      const r = reviewDocx(draft, doc, 'a.docx');
      expect(r.changes).toMatchObject([{ kind: 'delete', deleted: second, applicable: true, part: i }]);
      const out = applyReview(draft, draft, doc, 'a.docx', acceptAll(r));
      expect(out.notes).toEqual([]);
      expect(problems(out.draft).flatMap((p) => p.measures).some((m) => m.id === measureId)).toBe(false);
      expect(printed(out.draft)).not.toContain(second.slice(2));
    }
  });

  it('pairs a move (w:moveFrom/w:moveTo) into one change; accepting moves the text', async () => {
    const from = unique('measure', 9, 6);
    const to = unique('measure', 12, 6);
    const doc = await read(await edited((d) => d.move(from.text, to.text)));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ kind: 'move', deleted: from.text, inserted: from.text });
    const after = printed(applyReview(draft, draft, doc, 'a.docx', acceptAll(r)).draft);
    const expected = printed(draft).replace(from.text, '').replace(to.text, to.text + from.text);
    expect(after).toBe(expected);
  });

  it('reports formatting-only changes without applying them', async () => {
    const t = unique('measure', 2, 4);
    const doc = await read(await edited((d) => d.bold(t.text).indent(t.text)));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.changes.map((c) => [c.kind, c.applicable])).toEqual([['format', false], ['format', false]]);
    expect(r.counts.format).toBe(2);
    expect(applyReview(draft, draft, doc, 'a.docx', { accept: r.changes.map((c) => c.id) }).draft).toEqual(draft);
  });

  it('reads threaded comments with their range, author, date, replies and done state', async () => {
    const t = unique('problem', 1, 6);
    const doc = await read(await edited((d) => d.comment(t.text, '此处表述再斟酌。', [{ author: '李书记', text: '同意修改。' }], WHO, true)));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.changes).toEqual([]);
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]).toMatchObject({ author: WHO.author, date: WHO.date, text: '此处表述再斟酌。', quote: t.text, part: t.part, done: true });
    expect(r.comments[0]!.replies).toMatchObject([{ author: '李书记', text: '同意修改。' }]);
  });

  it('flags a rewritten ledger figure: keep the written figure, or keep the computed one', async () => {
    const counted = ledgerParts.findIndex((p) => p.pieces.some((x) => x.kind === 'count'));
    const figure = ledgerParts[counted]!.pieces.find((x) => x.kind === 'count')!.text;
    const doc = await read(await edited((d) => d.replace(`整改${figure}个问题`, '整改99个问题'), ledger));
    const r = reviewDocx(ledger, doc, 'a.docx');
    const c = r.changes.find((x) => x.part === counted)!;
    expect(c.ledger).toMatchObject({ kind: 'count', computed: figure, written: '99', defaultChoice: 'text' });
    const asWritten = applyReview(ledger, ledger, doc, 'a.docx', { accept: [c.id], ledger: { [c.id]: 'text' } }).draft;
    expect(printed(asWritten as typeof ledger)).toContain('已完成整改99个问题');
    const kept = applyReview(ledger, ledger, doc, 'a.docx', { accept: [c.id], ledger: { [c.id]: 'keep' } }).draft;
    expect(kept).toEqual(ledger);
  });

  it('flags a rewritten status sentence and updates the ledger status when asked', async () => {
    const i = ledgerParts.findIndex((p) => p.pieces.some((x) => x.kind === 'status' && x.text.startsWith('已完成')));
    const piece = ledgerParts[i]!.pieces.find((x) => x.kind === 'status')!;
    const probId = piece.kind === 'status' ? piece.problemId : '';
    const doc = await read(await edited((d) => d.replace(`${piece.text}。`, '已基本完成整改。'), ledger));
    const r = reviewDocx(ledger, doc, 'a.docx');
    const c = r.changes.find((x) => x.ledger)!;
    expect(c.ledger).toMatchObject({ kind: 'status', computed: piece.text, written: '已基本完成整改' });
    const p = problems(applyReview(ledger, ledger, doc, 'a.docx', acceptAll(r)).draft).find((x) => x.id === probId)!;
    expect(p.status).toBe('mostly-done');
    expect(p.statusPhrase).toBe('已基本完成整改');
    const kept = problems(applyReview(ledger, ledger, doc, 'a.docx', { accept: [c.id], ledger: { [c.id]: 'keep' } }).draft).find((x) => x.id === probId)!;
    expect(kept.status).toBe(problems(ledger).find((x) => x.id === probId)!.status);
  });

  it('finds the same edits made with tracking off by comparing anchored paragraphs', async () => {
    const a = unique('measure', 3);
    const b = unique('paragraph', 1);
    const doc = await read(await edited((d) => d.retype(a.text, '全面压实责任').retype(b.text, '')));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.changes.map((c) => [c.kind, c.tracked, c.part])).toEqual([['replace', false, a.part], ['delete', false, b.part]]);
    const after = printed(applyReview(draft, draft, doc, 'a.docx', acceptAll(r)).draft);
    expect(after).toBe(printed(draft).replace(a.text, '全面压实责任').replace(b.text, ''));
  });

  it('aligns by text when the anchors are gone, and says so', async () => {
    const a = unique('measure', 3);
    const doc = await read(await edited((d) => d.retype(a.text, '全面压实责任').stripAnchors()));
    const r = reviewDocx(draft, doc, 'a.docx');
    expect(r.mode).toBe('alignment');
    expect(r.notes.join('')).toContain('按文字相似度');
    expect(r.changes.map((c) => [c.kind, c.part])).toEqual([['replace', a.part]]);
    const noMarks = await read(await edited((d) => d.retype(a.text, '全面压实责任').stripAnchors(true)));
    await expect(async () => reviewDocx(draft, noMarks, 'a.docx')).rejects.toThrow('不是起草导出的文件');
    expect(reviewDocx(draft, noMarks, 'a.docx', { byText: true }).changes).toHaveLength(1);
  });

  it('applies nothing twice: the accepted draft, exported again, reviews with no changes', async () => {
    const a = unique('measure', 3);
    const m = unique('measure', 5);
    const doc = await read(await edited((d) => d.replace(a.text, '全面压实责任').deleteParagraph(m.text).newParagraphAfter(unique('measure', 8).text, '新增措施。')));
    const r = reviewDocx(draft, doc, 'a.docx');
    const once = applyReview(draft, draft, doc, 'a.docx', acceptAll(r)).draft;
    const again = await read(await buildDocx(once));
    expect(reviewDocx(once, again, 'b.docx').changes).toEqual([]);
  });
});
