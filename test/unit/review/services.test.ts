// 导入修改稿 through the contract on a real library: the export keeps its version and names it in the file; the
// edited file is reviewed against that version; accepting some changes saves the draft and a 签发稿 version; next
// year's draft starts from the accepted text.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FileResult, type ImportOutput, type ReviewAcceptOutput, type ReviewOpenOutput, type VersionItem, dispatch } from '../../../core/common/api/contract';
import type { Draft } from '../../../core/common/model/types';
import { printedText, toPrinted } from '../../../core/common/render/printed';
import { type Services, createServices } from '../../../core/node/services/create-services';
import { describeShared, NOTICES_DIR } from '../../support/shared';
import { TEMPLATES_DIR } from '../../support/templates';
import { WordDoc } from './word-markup';

const text = (d: Draft) => toPrinted(d).map(printedText).join('\n');

describeShared('review channels', () => {
  let s: Services;
  const call = <T>(channel: string, input: unknown) => dispatch(s.api, channel, input) as Promise<T>;
  let draft: Draft;
  let exported: Uint8Array;
  beforeAll(async () => {
    s = await createServices({
      dataDir: mkdtempSync(join(tmpdir(), 'qicao-review-')), templatesDir: TEMPLATES_DIR,
      clock: () => new Date('2025-03-01T08:00:00Z'), host: 'browser', version: 'test',
    });
    draft = (await call<ImportOutput>('import.text', { text: readFileSync(join(NOTICES_DIR, 'putian-sfj-2025-notice.txt'), 'utf8') })).draft;
    const r = await call<FileResult>('export.docx', { id: draft.id });
    exported = new Uint8Array(Buffer.from(r.base64!, 'base64'));
  });
  afterAll(() => s.close());

  const file = async (edit: (d: WordDoc) => void, name = '领导修改稿.docx') => {
    const d = await WordDoc.open(exported);
    edit(d);
    return { name, base64: Buffer.from(await d.bytes()).toString('base64') };
  };

  it('keeps the exported version and names it in the file', async () => {
    const versions = await call<VersionItem[]>('versions.list', { draftId: draft.id });
    const exportVersion = versions.find((v) => v.kind === 'export')!;
    expect(exportVersion.label).toMatch(/^导出 .+\.docx$/);
    const custom = await (await JSZip.loadAsync(exported)).file('docProps/custom.xml')!.async('string');
    expect(custom).toContain(`<vt:lpwstr>${exportVersion.id}</vt:lpwstr>`);
    expect(custom).toContain(`<vt:lpwstr>${draft.id}</vt:lpwstr>`);
  });

  it('reviews against the exported version even after the draft changed, and changes nothing until accepted', async () => {
    // The clerk went on editing after the export; the review still compares with what was exported.
    const edited = structuredClone(draft);
    edited.fields.title = `${draft.fields.title}（修订中）`;
    await call('drafts.save', { draft: edited });
    const r = await call<ReviewOpenOutput>('review.open', { draftId: draft.id, file: await file((d) => d.replace('强化政治担当抓整改', '压实政治责任抓整改').replace('注重统筹协调抓整改', '统筹协调推动整改')) });
    expect(r.review.changes.map((c) => c.kind)).toEqual(['replace', 'replace']);
    expect(r.review.baseMatches).toBe(true);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await call<Draft>('drafts.get', { id: draft.id })).fields.title).toBe(edited.fields.title);
  });

  it('accepts one change and rejects the other: the draft, its ledger text and a 签发稿 version show it', async () => {
    const r = await call<ReviewOpenOutput>('review.open', { draftId: draft.id, file: await file((d) => d.replace('强化政治担当抓整改', '压实政治责任抓整改').replace('注重统筹协调抓整改', '统筹协调推动整改')) });
    const [keep] = r.review.changes;
    const a = await call<ReviewAcceptOutput>('review.accept', { reviewId: r.reviewId, accept: [keep!.id], label: '签发稿' });
    expect(a.applied).toBe(1);
    const now = await call<Draft>('drafts.get', { id: draft.id });
    expect(text(now)).toContain('压实政治责任抓整改');
    expect(text(now)).toContain('注重统筹协调抓整改');
    expect(a.version.label).toMatch(/^签发稿（据“领导修改稿\.docx”，SHA-256 [0-9a-f]{12}）$/);
    expect((await call<VersionItem[]>('versions.list', { draftId: draft.id }))[0]!.label).toBe(a.version.label);
    // The review is spent: accepting again is refused, nothing applied twice.
    await expect(call('review.accept', { reviewId: r.reviewId, accept: [keep!.id], label: '签发稿' })).rejects.toThrow('重新导入修改稿');
    // Next year's draft starts from the accepted text.
    const next = await call<{ draft: Draft }>('drafts.carryForward', { id: draft.id });
    expect(text(next.draft)).toContain('压实政治责任抓整改');
  });

  it('refuses a legacy file and another draft\'s file with a Chinese message', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]).toString('base64');
    await expect(call('review.open', { draftId: draft.id, file: { name: '旧.doc', base64: ole } })).rejects.toThrow('另存为 .docx');
    const other = (await call<ImportOutput>('import.text', { text: readFileSync(join(NOTICES_DIR, 'haizhu-sfj-2020-report.txt'), 'utf8') })).draft;
    await expect(call('review.open', { draftId: other.id, file: await file(() => {}) })).rejects.toThrow(`《${draft.fields.title}`);
  });
});
