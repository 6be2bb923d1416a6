// The contract implemented on a real SQLite library in a temp folder, called through dispatch as the hosts do.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, dispatch } from '../../../core/common/api/contract';
import type { Draft, ParagraphBlock } from '../../../core/common/model/types';
import { type Services, createServices } from '../../../core/node/services/create-services';
import type { FilePort } from '../../../core/node/services/ports';
import { PUTIAN_PROFILE } from '../../support/profiles';
import { TEMPLATES_DIR } from '../../support/templates';

let clock = new Date('2025-02-17T09:00:00Z');
const saved: { name: string; size: number }[] = [];
const dialogFiles: FilePort = {
  saveAs: async ({ suggestedName, data }) => (saved.push({ name: suggestedName, size: data.length }), { kind: 'saved', path: `/chosen/${suggestedName}` }),
  openFile: async () => null,
};

async function open(dataDir: string, files?: FilePort): Promise<Services> {
  return createServices({ dataDir, templatesDir: TEMPLATES_DIR, clock: () => clock, host: 'browser', version: 'test', files });
}

describe('services on a real library', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qicao-services-'));
  let services: Services;
  let api: Api;
  const call = <T>(channel: string, input: unknown) => dispatch(api, channel, input) as Promise<T>;

  beforeAll(async () => {
    services = await open(dataDir);
    api = services.api;
  });
  afterAll(() => services.close());

  it('creates a draft from a template with the saved unit profile', async () => {
    await call('profile.save', { profile: PUTIAN_PROFILE });
    const d = await call<Draft>('drafts.create', { templateId: 'rectification-notice' });
    expect(d.fields.title).toBe('中共莆田市司法局党组关于巡察整改进展情况的通报');
    expect(d.fields.signer).toBe('中共莆田市司法局党组');
    const list = await call<{ id: string; status: string }[]>('drafts.list', {});
    expect(list).toEqual([expect.objectContaining({ id: d.id, status: '草稿', year: '2025' })]);
  });

  it('autosaves, searches with 2- and 3+-character Chinese queries, and keeps versions with a diff', async () => {
    const [item] = await call<{ id: string }[]>('drafts.list', {});
    const d = await call<Draft>('drafts.get', { id: item!.id });
    await call('versions.milestone', { draftId: d.id, label: '讨论稿' });
    const preamble = d.body[0] as ParagraphBlock;
    preamble.content = [{ t: 'text', text: '根据市委巡察工作统一部署，八届市委巡察四组对市司法局开展巡察，现将社区矫正整改情况予以公布。' }];
    clock = new Date('2025-02-17T09:30:00Z');
    await call('drafts.save', { draft: d });
    expect((await call<unknown[]>('drafts.list', { query: '矫正' })).length).toBe(1);
    const hits = await call<{ snippet?: string }[]>('drafts.list', { query: '巡察四组' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.snippet).toContain('【巡察四组】');
    expect(await call<unknown[]>('drafts.list', { query: '环境保护' })).toEqual([]);
    const versions = await call<{ id: number; kind: string; label: string | null }[]>('versions.list', { draftId: d.id });
    const milestone = versions.find((v) => v.kind === 'milestone')!;
    expect(milestone.label).toBe('讨论稿');
    const diff = await call<{ stats: { changed: number } }>('versions.diff', { draftId: d.id, from: milestone.id, to: 'current' });
    expect(JSON.stringify(diff)).toContain('社区矫正');
  });

  it('starts next year from this year (以往年稿为基础新建), marking carried text', async () => {
    const [item] = await call<{ id: string }[]>('drafts.list', {});
    const r = await call<{ draft: Draft; toYear: number }>('drafts.carryForward', { id: item!.id });
    expect(r.toYear).toBe(2026);
    expect(r.draft.basedOn?.draftId).toBe(item!.id);
    expect(r.draft.body.some((b) => b.carried)).toBe(true);
    expect((await call<unknown[]>('drafts.list', {})).length).toBe(2);
  });

  it('saves a draft as a unit template (本单位模板) and starts a new draft from it', async () => {
    const [item] = await call<{ id: string }[]>('drafts.list', {});
    const t = await call<{ id: string }>('drafts.saveAsTemplate', { id: item!.id, name: '本局整改通报' });
    expect(t.id).toMatch(/^user:/);
    const listed = await call<{ id: string; user?: boolean }[]>('templates.list', {});
    expect(listed.find((x) => x.user)?.id).toBe(t.id);
    const d = await call<Draft>('drafts.create', { templateId: t.id });
    expect(d.templateId).toBe(t.id);
    expect(d.fields.docDate ?? '').toBe('');
    await call('drafts.delete', { id: d.id });
  });

  it('hands a draft file back as a download in the browser host, and imports it as a new draft', async () => {
    const [item] = await call<{ id: string }[]>('drafts.list', {});
    const file = await call<{ outcome: string; fileName: string; base64: string }>('drafts.exportFile', { id: item!.id });
    expect(file.outcome).toBe('download');
    expect(file.fileName).toMatch(/\.qicao\.json$/);
    const imported = await call<{ draft: Draft; renumbered: boolean }>('drafts.importFile', { name: file.fileName, base64: file.base64 });
    expect(imported.renumbered).toBe(true);
    expect((await call<unknown[]>('drafts.list', {})).length).toBe(3);
  });

  it('refuses a foreign file with a Chinese message and loses nothing', async () => {
    const garbage = Buffer.from('这不是文稿').toString('base64');
    await expect(call('drafts.importFile', { name: 'x.qicao.json', base64: garbage })).rejects.toThrow(/不是有效的起草文稿文件|不是起草文稿文件/);
    expect((await call<unknown[]>('drafts.list', {})).length).toBe(3);
  });

  it('takes and lists backups', async () => {
    const b = await call<{ fileName: string; kind: string }>('backups.create', {});
    expect(b.kind).toBe('manual');
    expect((await call<{ fileName: string }[]>('backups.list', {})).map((x) => x.fileName)).toContain(b.fileName);
  });

});

describe('file delivery through a native dialog port', () => {
  it('writes where the clerk chose and says so', async () => {
    const s = await open(mkdtempSync(join(tmpdir(), 'qicao-dialog-')), dialogFiles);
    const d = (await dispatch(s.api, 'drafts.create', { templateId: 'work-summary' })) as Draft;
    const r = await dispatch(s.api, 'drafts.exportFile', { id: d.id });
    expect(r).toMatchObject({ outcome: 'saved', path: expect.stringMatching(/^\/chosen\/.*\.qicao\.json$/) });
    expect(r).not.toHaveProperty('base64');
    expect(saved.at(-1)!.size).toBeGreaterThan(100);
    await s.close();
  });
});
