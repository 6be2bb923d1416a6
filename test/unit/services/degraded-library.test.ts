// A library that cannot be opened: the API explains in Chinese, offers backups, and works again after a restore.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppInfo, type BackupItem, dispatch } from '../../../core/common/api/contract';
import { createServices } from '../../../core/node/services/create-services';
import { TEMPLATES_DIR } from '../../support/templates';

const open = (dataDir: string) =>
  createServices({ dataDir, templatesDir: TEMPLATES_DIR, clock: () => new Date(), host: 'browser', version: 'test' });

describe('a corrupted library at start', () => {
  it('is detected, never overwritten, and the latest good backup can be restored from the UI', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qicao-corrupt-'));
    const good = await open(dataDir);
    await dispatch(good.api, 'drafts.create', { templateId: 'rectification-notice' });
    const backup = (await dispatch(good.api, 'backups.create', {})) as BackupItem;
    await good.close();

    // Garble the database file as a failing disk or a bad copy would.
    const junk = Buffer.alloc(64 * 1024, 0x5a);
    writeFileSync(join(dataDir, 'qicao.db'), junk);
    for (const f of readdirSync(dataDir)) if (f.startsWith('qicao.db-')) writeFileSync(join(dataDir, f), junk.subarray(0, 100));

    const degraded = await open(dataDir);
    const info = (await dispatch(degraded.api, 'app.info', {})) as AppInfo;
    expect(info.libraryProblem?.kind).toBe('corrupt');
    expect(info.libraryProblem?.message).toMatch(/[\u4e00-\u9fa5]/);
    await expect(dispatch(degraded.api, 'drafts.list', {})).rejects.toThrow(/drafts\.list/);
    const backups = (await dispatch(degraded.api, 'backups.list', {})) as BackupItem[];
    expect(backups.map((b) => b.fileName)).toContain(backup.fileName);

    await dispatch(degraded.api, 'backups.restore', { fileName: backup.fileName });
    expect(((await dispatch(degraded.api, 'app.info', {})) as AppInfo).libraryProblem).toBeNull();
    expect(await dispatch(degraded.api, 'drafts.list', {})).toHaveLength(1);
    // The broken file was set aside, not deleted.
    expect(existsSync(join(dataDir, 'set-aside'))).toBe(true);
    expect(readdirSync(join(dataDir, 'set-aside')).length).toBeGreaterThan(0);
    await degraded.close();
  });

  it('says so when another window holds the library, without touching it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qicao-locked-'));
    const first = await open(dataDir);
    const second = await open(dataDir);
    const info = (await dispatch(second.api, 'app.info', {})) as AppInfo;
    expect(info.libraryProblem).toMatchObject({ kind: 'locked', message: expect.stringMatching(/另一个起草窗口/) });
    expect(await dispatch(first.api, 'drafts.list', {})).toEqual([]);
    await second.close();
    await first.close();
  });
});
