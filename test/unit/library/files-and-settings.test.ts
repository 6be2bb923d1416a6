// .qicao.json export/import through the library (older schema migrated, newer refused), unit profile, settings,
// ignored findings, recovery info.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../core/common/model/types';
import { LibraryError, RECOVERY_MESSAGE } from '../../../core/node/library';
import { type TempLibrary, openTempLibrary, smallRectification } from '../../support/library-drafts';

const FIXTURE = join(import.meta.dirname, 'fixtures/draft-schema0.qicao.json');

let t: TempLibrary;
beforeEach(async () => {
  t = await openTempLibrary();
});
afterEach(() => t.cleanup());

describe('draft files', () => {
  it('exports a draft, records an export version, and imports it back as a new draft', () => {
    const d = smallRectification();
    t.library.drafts.create(d);
    const path = join(t.dir, '通报.qicao.json');
    const v = t.library.files.export(d.id, path);
    expect(v).toMatchObject({ kind: 'export', label: '导出 通报.qicao.json' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'qicao-draft', schemaVersion: SCHEMA_VERSION, id: d.id });
    const r = t.library.files.import(path);
    expect(r.renumbered).toBe(true); // same id already in this library
    expect(r.migratedFrom).toBeNull();
    expect(r.draft.body).toEqual(t.library.drafts.get(d.id).body);
    expect(t.library.drafts.list()).toHaveLength(2);
  });

  it('imports a schemaVersion 0 file by migrating it', () => {
    const r = t.library.files.import(FIXTURE);
    expect(r.migratedFrom).toBe(0);
    expect(r.renumbered).toBe(false);
    expect(r.draft).toMatchObject({ id: 'd_prerelease01', schemaVersion: SCHEMA_VERSION, options: { seal: false, internal: false } });
    expect(r.draft.fields.title).toBe('中共某某局党组关于巡察整改进展情况的通报');
    expect(r.summary.year).toBe('2023');
    expect(t.library.search.query({ text: '专题会议' })).toHaveLength(1);
  });

  it('refuses a newer schema and a non-draft file with Chinese messages', () => {
    const newer = join(t.dir, 'newer.qicao.json');
    writeFileSync(newer, JSON.stringify({ format: 'qicao-draft', schemaVersion: SCHEMA_VERSION + 1, id: 'x' }));
    expect(() => t.library.files.import(newer)).toThrow(/更新版本的起草/);
    const junk = join(t.dir, 'junk.qicao.json');
    writeFileSync(junk, '{ not json');
    try {
      t.library.files.import(junk);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LibraryError);
      expect((e as LibraryError).kind).toBe('invalid');
      expect((e as Error).message).toMatch(/JSON 格式损坏/);
    }
    expect(() => t.library.files.import(join(t.dir, 'missing.qicao.json'))).toThrow(/找不到文件/);
  });

  it('reports an export into a missing folder', () => {
    const d = smallRectification();
    t.library.drafts.create(d);
    expect(() => t.library.files.export(d.id, join(t.dir, 'no/such/dir/x.qicao.json'))).toThrow(/不存在/);
  });
});

describe('profile, settings, findings, recovery', () => {
  it('stores the unit profile and settings across a reopen', async () => {
    t.library.profile.set({ ...t.library.profile.get(), fullName: ' 莆田市司法局 ', phone: '0594-2696152' });
    t.library.settings.set('autosaveDelayMs', 800);
    t.library.settings.set('recent', { ids: ['a', 'b'] });
    const lib = await t.reopen();
    expect(lib.profile.get()).toMatchObject({ fullName: '莆田市司法局', phone: '0594-2696152', email: '' });
    expect(lib.settings.get<number>('autosaveDelayMs')).toBe(800);
    expect(lib.settings.get('recent')).toEqual({ ids: ['a', 'b'] });
    lib.settings.set('recent', null);
    expect(lib.settings.get('recent')).toBeNull();
  });

  it('remembers ignored findings per draft', () => {
    const d = smallRectification();
    t.library.drafts.create(d);
    t.library.findings.ignore(d.id, 'punct:half-width:p_1:3');
    t.library.findings.ignore(d.id, 'punct:half-width:p_1:3');
    t.library.findings.ignore(d.id, 'count:mismatch:problems');
    expect(t.library.findings.list(d.id)).toEqual(['punct:half-width:p_1:3', 'count:mismatch:problems']);
    t.library.findings.unignore(d.id, 'count:mismatch:problems');
    expect(t.library.findings.list(d.id)).toEqual(['punct:half-width:p_1:3']);
  });

  it('reports no recovery after a clean close', async () => {
    expect(t.library.session.previousCleanShutdown).toBe(true);
    const lib = await t.reopen();
    expect(lib.recovery()).toBeNull();
    expect(RECOVERY_MESSAGE).toBe('已恢复上次未正常关闭时的文稿');
  });
});
