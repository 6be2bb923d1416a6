import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, problem } from '../../../core/common/model/build';
import { computeCounts } from '../../../core/common/model/counts';
import type { SectionBlock } from '../../../core/common/model/types';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { TemplateError, instantiateTemplate, parseTemplate } from '../../../core/common/templates/engine';
import { parseFieldText, unparseFieldText } from '../../../core/common/templates/field-text';
import { loadTemplates } from '../../../core/node/templates';
import { PUTIAN_PROFILE } from '../../support/profiles';
import { builtinTemplates } from '../../support/templates';

const NOW = '2025-02-17T09:00:00.000Z';

describe('built-in templates', () => {
  const templates = builtinTemplates();

  it('are the four the clerks need', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(['rectification-notice', 'rectification-notice-xunshi', 'rectification-report', 'work-summary']);
  });

  it('render to plain text with the profile filled in and computed numbering', () => {
    const t = templates.find((x) => x.id === 'rectification-notice')!;
    const d = instantiateTemplate(t, { profile: PUTIAN_PROFILE, now: NOW });
    Object.assign(d.fields, {
      inspectionStart: '2023-04-20', inspectionEnd: '2023-05-31', feedbackDate: '2024-01-04', inspectionGroup: '八届市委巡察四组',
    });
    const text = renderPlainText(d);
    expect(text.split('\n')[0]).toBe('中共莆田市司法局党组关于巡察整改进展情况的通报');
    expect(text).toContain('2023年4月20日至2023年5月31日，八届市委巡察四组对市司法局开展巡察，并于2024年1月4日反馈了巡察意见');
    expect(text).toContain('　　一、提高政治站位，坚决扛起巡察整改政治责任\n　　（一）提高政治站位抓整改。');
    expect(text).toContain('　　二、巡察反馈问题的整改情况');
    expect(text).toContain('　　四、下一步计划');
    expect(text).toContain('联系电话：0594-2630053；邮政信箱：福建省莆田市城厢区凤凰山街道学园中街95号（莆田市司法局）；邮政编码：351100；电子邮箱：ptsf2230053@163.com。');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual(['中共莆田市司法局党组', '2025年2月17日']);
    // Guidance is for the clerk only.
    expect(text).not.toContain('写党组学习');
  });

  it('bind counts in prose to the ledger (report form)', () => {
    const t = templates.find((x) => x.id === 'rectification-report')!;
    const d = instantiateTemplate(t, { profile: PUTIAN_PROFILE, now: NOW });
    d.fields.inspectionGroup = '区委第一巡察组';
    const rect = d.body.find((b) => b.type === 'section' && b.role === 'rectification') as SectionBlock;
    const aspect = rect.children.find((b) => b.type === 'section') as SectionBlock;
    const category = aspect.children[0] as SectionBlock;
    category.children.push(problem('针对学习不深入的问题', [measure('强化学习。'), measure('建立制度。')], { form: 'inline', status: 'done', statusPhrase: '已完成整改', measureStyle: 'paren' }));
    expect(computeCounts(d.body).problems).toBe(2);
    const text = renderPlainText(d);
    expect(text).toContain('反馈的1个方面2个具体问题');
    expect(text).toContain('二是针对学习不深入的问题，已完成整改。（1）强化学习。（2）建立制度。');
  });

  it('work summary takes the year and unit', () => {
    const t = templates.find((x) => x.id === 'work-summary')!;
    const d = instantiateTemplate(t, { profile: { ...PUTIAN_PROFILE, fullName: '清远市清城区司法局' }, now: '2021-06-16T00:00:00Z' });
    expect(d.fields.title).toBe('清远市清城区司法局2021年上半年工作总结及下半年工作计划');
    expect(renderPlainText(d)).toContain('　　三、下半年工作计划\n　　2021年下半年，我局将围绕中心工作');
  });

  it('leave profile-only fields empty rather than inventing a name', () => {
    const t = templates.find((x) => x.id === 'rectification-notice')!;
    const d = instantiateTemplate(t, { profile: { ...PUTIAN_PROFILE, partyGroupName: '' }, now: NOW });
    expect(d.fields.signer).toBe('');
    expect(d.fields.title).toBe('××关于巡察整改进展情况的通报');
  });
});

describe('template validation', () => {
  const base = { id: 'x', name: '测试', description: '', docType: 'rectification', fields: {}, body: [] };

  it('names the file and the path of the bad value', () => {
    const bad = { ...base, body: [{ type: 'section', role: 'aspect', children: [{ type: 'problem', form: 'sideways' }] }] };
    expect(() => parseTemplate('bad.json', bad)).toThrow(TemplateError);
    expect(() => parseTemplate('bad.json', bad)).toThrow(/bad\.json.*body\.0\.children\.0\.form/);
  });

  it('refuses unknown placeholders and unknown fields', () => {
    expect(() => parseTemplate('p.json', { ...base, body: [{ type: 'paragraph', text: '{{nope}}' }] })).toThrow(/body\.0\.text.*nope/);
    expect(() => parseTemplate('f.json', { ...base, fields: { colour: 'red' } })).toThrow(/fields\.colour/);
  });

  it('reports a file that is not JSON at load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-tpl-'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": ');
    expect(() => loadTemplates(dir)).toThrow(/broken\.json.*JSON/);
  });

  it('round-trips placeholder text', () => {
    const s = '反馈的{{count:aspects}}个方面，联系电话：{{profile.phone}}，{{unitName}}';
    expect(unparseFieldText(parseFieldText(s))).toBe(s);
    expect(parseFieldText(s).filter((p) => p.t !== 'text').map((p) => p.t)).toEqual(['count', 'field', 'field']);
  });
});

describe('printed paragraphs', () => {
  it('runs an inline 一是 enumeration on after a run-in heading, as work summaries print it', async () => {
    const { enumeration, section, emptyDraft } = await import('../../../core/common/model/build');
    const d = emptyDraft('work-summary', NOW);
    const item = section('generic', '持续推进法治清城建设。', [enumeration('shi', ['贯彻落实习近平法治思想；', '开展年度述法。'])], { runIn: true });
    d.body = [section('review', '上半年工作回顾', [section('generic', '加强法治政府建设', [item])])];
    expect(renderPlainText(d)).toContain('\u3000\u30001.持续推进法治清城建设。一是贯彻落实习近平法治思想；二是开展年度述法。\n');
  });
});
