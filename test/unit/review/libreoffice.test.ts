// The review on files a real word processor wrote: Qicao's export edited in LibreOffice (headless, through UNO)
// with change recording on, and the same edits with it off. Bookmarks and custom properties survive the save.
import { expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { printedText, toPrinted } from '../../../core/common/render/printed';
import { acceptAll, applyReview, reviewDocx } from '../../../core/common/review';
import { baseParts } from '../../../core/common/review/pieces';
import { type LoEdit, editWithLibreOffice } from '../../support/libreoffice-edit';
import { problems, putianDraft, read } from './fixtures';
import { describeShared } from '../../support/shared';

const draft = putianDraft();
const parts = baseParts(draft);
const printed = (d: typeof draft) => toPrinted(d).map(printedText).join('\n');
const partWith = (s: string) => parts.findIndex((p) => p.text.includes(s));

const EDITS = (track: boolean): LoEdit => ({
  author: '张局长',
  track,
  ops: [
    ['replace', '强化政治担当抓整改', '压实政治责任抓整改'],
    ['delpara', '整改情况：严格对照我市新闻发布实施细则'],
    ['after', '（三）注重统筹协调抓整改', '局党组将持续跟踪问效。'],
    ['split', '召开党组会议传达学习市委《关于坚决维护党中央权威和集中统一领导的若干规定》，'],
    ['comment', '首题必政治', '李书记', '这里再核实一下。'],
  ],
});

describeShared('review of a DOCX edited in LibreOffice', () => {
  const exported = buildDocx(draft);
  const tracked = exported.then((b) => editWithLibreOffice(b, EDITS(true)));
  const untracked = exported.then((b) => editWithLibreOffice(b, EDITS(false)));

  it('keeps Qicao\'s anchors through LibreOffice\'s save and lists each tracked change at its block', async () => {
    const doc = await read(await tracked, '领导修改稿.docx');
    const r = reviewDocx(draft, doc, '领导修改稿.docx');
    expect(r.mode).toBe('anchors');
    expect(r.baseMatches).toBe(true);
    const kinds = r.changes.map((c) => [c.kind, c.part, c.author]);
    expect(kinds).toEqual([
      ['replace', partWith('强化政治担当抓整改'), '张局长'],
      ['paragraph-inserted', partWith('（三）注重统筹协调抓整改'), '张局长'],
      ['split', partWith('《关于坚决维护党中央权威和集中统一领导的若干规定》，'), '张局长'],
      ['paragraph-deleted', partWith('整改情况：严格对照我市新闻发布实施细则'), '张局长'],
    ]);
    expect(r.changes.every((c) => c.tracked && /^\d{4}-\d\d-\d\dT/.test(c.date))).toBe(true);
    expect(r.comments).toMatchObject([{ author: '李书记', text: '这里再核实一下。', quote: '首题必政治', part: partWith('“首题必政治”落实不够严格') }]);
  });

  it('accepts all: text replaced, a paragraph added, the measure split in two, the deleted measure gone', async () => {
    const doc = await read(await tracked);
    const r = reviewDocx(draft, doc, 'a.docx');
    const out = applyReview(draft, draft, doc, 'a.docx', acceptAll(r));
    expect(out.notes).toEqual([]);
    const text = printed(out.draft);
    expect(text).toContain('（二）压实政治责任抓整改。');
    expect(text).toContain('局党组将持续跟踪问效。');
    expect(text).not.toContain('严格对照我市新闻发布实施细则');
    const first = problems(out.draft).find((p) => p.title.some((t) => t.t === 'text' && t.text.includes('首题必政治')))!;
    expect(first.measures).toHaveLength(problems(draft).find((p) => p.id === first.id)!.measures.length + 1);
    // Rejecting everything gives the draft back unchanged.
    expect(applyReview(draft, draft, doc, 'a.docx', { accept: [] }).draft).toEqual(draft);
  });

  it('accepts some and rejects one: only the accepted ones are applied', async () => {
    const doc = await read(await tracked);
    const r = reviewDocx(draft, doc, 'a.docx');
    const rejected = r.changes.find((c) => c.kind === 'replace')!;
    const out = applyReview(draft, draft, doc, 'a.docx', { accept: r.changes.filter((c) => c !== rejected).map((c) => c.id) });
    const text = printed(out.draft);
    expect(text).toContain('（二）强化政治担当抓整改。');
    expect(text).toContain('局党组将持续跟踪问效。');
  });

  it('finds the same edits made with tracking off by comparing with the exported text', async () => {
    const doc = await read(await untracked);
    const r = reviewDocx(draft, doc, 'b.docx');
    expect(r.mode).toBe('anchors');
    expect(r.changes.length).toBeGreaterThan(0);
    expect(r.changes.every((c) => !c.tracked)).toBe(true);
    const viaTracked = applyReview(draft, draft, await read(await tracked), 'a.docx', acceptAll(reviewDocx(draft, await read(await tracked), 'a.docx'))).draft;
    const viaUntracked = applyReview(draft, draft, doc, 'b.docx', acceptAll(r)).draft;
    expect(printed(viaUntracked)).toBe(printed(viaTracked));
  });
});
