// Import, proofreading and export through the contract, on a real library, with real files and a real Chromium.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CheckOutput, type FileResult, type ImportOutput, dispatch } from '../../../core/common/api/contract';
import { summarize } from '../../../core/common/summary';
import { type Services, createServices } from '../../../core/node/services/create-services';
import { NOTICES_DIR, describeShared } from '../../support/shared';
import { TEMPLATES_DIR } from '../../support/templates';
import { encodeGbk } from '../import/support/gbk';

const NOTICES = NOTICES_DIR;

describeShared('import, checks and export channels', () => {
  const putianText = readFileSync(join(NOTICES, 'putian-sfj-2025-notice.txt'), 'utf8');
  let s: Services;
  const call = <T>(channel: string, input: unknown) => dispatch(s.api, channel, input) as Promise<T>;
  beforeAll(async () => {
    s = await createServices({
      dataDir: mkdtempSync(join(tmpdir(), 'qicao-docs-')), templatesDir: TEMPLATES_DIR,
      clock: () => new Date('2025-03-01T08:00:00Z'), host: 'browser', version: 'test',
    });
  });
  afterAll(() => s.close());

  it('imports pasted web text into a structured draft in the library, with a report', async () => {
    const r = await call<ImportOutput>('import.text', { text: putianText });
    expect(summarize(r.draft)).toMatchObject({ sections: 4, aspects: 3, problems: 38, title: '中共莆田市司法局党组关于巡察整改进展情况的通报' });
    expect(r.report.counts.problems).toBe(38);
    expect(r.reportText).toMatch(/38/);
    expect(await call<unknown[]>('drafts.list', {})).toHaveLength(1);
  });

  it('parses pasted text into blocks for the editor without storing anything', async () => {
    const text = '一、组织领导\n（一）高度重视。成立整改领导小组。\n二、整改情况\n（一）党的建设方面\n1.学习不够深入。\n整改情况:一是强化学习。二是建立制度。';
    const r = await call<{ body: { type: string }[]; report: { counts: { problems: number; measures: number } } }>('import.parseText', { text });
    expect(r.body.map((b) => b.type)).toEqual(['section', 'section']);
    expect(r.report.counts).toMatchObject({ problems: 1, measures: 2 });
    expect(await call<unknown[]>('drafts.list', {})).toHaveLength(1);
  });

  it('reads a GBK file picked in the page', async () => {
    const gbk = readFileSync(join(NOTICES, 'qingcheng-sfj-2021-summary.txt'), 'utf8');
    const bytes = encodeGbk(gbk);
    const r = await call<ImportOutput>('import.file', { name: '清城区上半年总结.txt', base64: Buffer.from(bytes).toString('base64') });
    expect(r.encoding).toBe('gb18030');
    expect(summarize(r.draft)).toMatchObject({ docType: 'work-summary', sections: 3, date: '2021-06-16' });
  });

  it('refuses a 20 MB paste and a renamed binary with Chinese messages, storing nothing', async () => {
    await expect(call('import.text', { text: '巡察'.repeat(10 * 1024 * 1024) })).rejects.toThrow(/远超一份通报的篇幅/);
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('base64');
    await expect(call('import.file', { name: '通报.docx', base64: junk })).rejects.toThrow(/[\u4e00-\u9fa5]/);
    expect(await call<unknown[]>('drafts.list', {})).toHaveLength(2);
  });

  it('proofreads an imported notice, and remembers an ignored finding', async () => {
    const [first] = await call<{ id: string }[]>('drafts.list', { docType: 'rectification' });
    const draft = await call<{ id: string }>('drafts.get', { id: first!.id });
    const before = await call<CheckOutput>('checks.run', { draft });
    expect(before.findings.length).toBeGreaterThan(0);
    const one = before.findings[0]!;
    await call('checks.ignore', { draftId: draft.id, findingId: one.id });
    const after = await call<CheckOutput>('checks.run', { draft });
    expect(after.ignored).toBe(1);
    expect(after.findings.map((f) => f.id)).not.toContain(one.id);
  });

  it('exports GB/T 9704 Word as a download in the browser host, and keeps the export as a version', async () => {
    const [first] = await call<{ id: string }[]>('drafts.list', { docType: 'rectification' });
    const r = await call<FileResult>('export.docx', { id: first!.id });
    expect(r).toMatchObject({ outcome: 'download', fileName: '2025年中共莆田市司法局党组关于巡察整改进展情况的通报.docx' });
    const zip = await JSZip.loadAsync(Buffer.from(r.base64!, 'base64'));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('w:docGrid');
    expect(doc).toContain('莆田市司法局');
    const versions = await call<{ kind: string }[]>('versions.list', { draftId: first!.id });
    expect(versions.some((v) => v.kind === 'export')).toBe(true);
  });

  it('exports the PDF through the local Chromium and the ledger as XLSX', async () => {
    const [first] = await call<{ id: string }[]>('drafts.list', { docType: 'rectification' });
    const pdf = await call<FileResult>('export.pdf', { id: first!.id });
    expect(Buffer.from(pdf.base64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await call<FileResult>('export.ledger', { id: first!.id, format: 'xlsx' });
    expect(xlsx.fileName).toMatch(/整改台账\.xlsx$/);
    expect(Buffer.from(xlsx.base64!, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

