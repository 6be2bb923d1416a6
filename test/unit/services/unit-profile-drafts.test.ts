// 单位信息 applied to drafts that do not start from a template: an imported notice keeps what it published and gets
// only what it left out; next year's draft takes this year's 单位信息 and lists what changed. Through the contract on a
// real SQLite library.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarryForwardOutput, type ImportOutput, dispatch } from '../../../core/common/api/contract';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { type Services, createServices } from '../../../core/node/services/create-services';
import { TEMPLATES_DIR } from '../../support/templates';

const NOTICE = [
  '中共某某县司法局党组关于巡察整改进展情况的通报',
  '一、整改工作开展情况',
  '局党组高度重视巡察整改工作。',
  '二、整改落实情况',
  '（一）理论学习方面',
  '1.理论学习不够深入。',
  '整改情况：已完成整改。一是建立学习制度。二是开展专题学习。',
  '三、下一步工作打算',
  '持续巩固整改成果。',
  '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0595-1234567；电子邮箱：mjsfj@163.com。',
  '中共某某县司法局党组',
  '2024年2月17日',
].join('\n');

describe('单位信息 and drafts that do not come from a template', () => {
  let s: Services;
  const call = <T>(channel: string, input: unknown) => dispatch(s.api, channel, input) as Promise<T>;
  beforeAll(async () => {
    s = await createServices({
      dataDir: mkdtempSync(join(tmpdir(), 'qicao-profile-')), templatesDir: TEMPLATES_DIR,
      clock: () => new Date('2025-03-01T08:00:00Z'), host: 'browser', version: 'test',
    });
    await call('profile.save', { profile: { fullName: '某某县司法局', partyGroupName: '中共某某县司法局党组', shortName: '县司法局', phone: '0595-7654321', mailAddress: '某某县政务中心5楼', postcode: '362000', email: '' } });
  });
  afterAll(() => s.close());

  let importedId = '';
  it('an import keeps the published phone, reports the difference and fills what the notice left out', async () => {
    const r = await call<ImportOutput>('import.text', { text: NOTICE });
    importedId = r.draft.id;
    expect(r.draft.profile).toMatchObject({ phone: '0595-1234567', email: 'mjsfj@163.com', postcode: '362000', mailAddress: '某某县政务中心5楼' });
    expect(renderPlainText(r.draft)).toContain('联系电话：0595-1234567');
    expect(r.report.notes.join('\n')).toMatch(/联系电话（0595-1234567）与单位信息（0595-7654321）不同/u);
    expect(r.report.notes.join('\n')).toMatch(/邮政编码按单位信息填入：362000/u);
  });

  it('next year\'s draft takes this year\'s 单位信息 into its contact paragraph and lists the change', async () => {
    const r = await call<CarryForwardOutput>('drafts.carryForward', { id: importedId });
    expect(r.draft.profile.phone).toBe('0595-7654321');
    expect(renderPlainText(r.draft)).toContain('联系电话：0595-7654321');
    expect(r.fieldChanges.find((c) => c.key === 'profile.phone')).toMatchObject({ before: '0595-1234567', after: '0595-7654321' });
    // Last year's draft is untouched.
    const prev = await call<{ profile: { phone: string } }>('drafts.get', { id: importedId });
    expect(prev.profile.phone).toBe('0595-1234567');
  });
});
