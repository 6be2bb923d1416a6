// The 巡视整改进展情况通报 template: new → edit → export (a real DOCX) → import of its own export keeps its structure.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx/build-docx';
import { importNoticeText } from '../../../core/common/import/index';
import { measure, problem, section } from '../../../core/common/model/build';
import { computeCounts } from '../../../core/common/model/counts';
import type { SectionBlock } from '../../../core/common/model/types';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { summarize } from '../../../core/common/summary';
import { instantiateTemplate } from '../../../core/common/templates/engine';
import { readNoticeFile } from '../../../core/node/readers/index';
import { PUTIAN_PROFILE } from '../../support/profiles';
import { builtinTemplates } from '../../support/templates';
import { signature } from './support/signature';

const NOW = '2025-02-17T09:00:00.000Z';

function edited() {
  const t = builtinTemplates().find((x) => x.id === 'rectification-notice-xunshi')!;
  const d = instantiateTemplate(t, { profile: { ...PUTIAN_PROFILE, partyGroupName: '中共莆田市委', fullName: '莆田市委', shortName: '莆田市' }, now: NOW });
  Object.assign(d.fields, {
    deployer: '省委', inspectionStart: '2024-03-20', inspectionEnd: '2024-05-20', feedbackDate: '2024-07-10', inspectionGroup: '省委第三巡视组',
  });
  const rect = d.body.find((b): b is SectionBlock => b.type === 'section' && b.role === 'rectification')!;
  const first = rect.children[0] as SectionBlock;
  first.heading = [{ t: 'text', text: '关于贯彻落实党中央决策部署不够到位方面' }];
  first.children = [
    problem('关于“推动高质量发展的举措不够有力”问题的整改。', [measure('制定高质量发展行动方案，明确重点任务32项。'), measure('建立重点项目周调度机制。')], { measuresLabel: '整改情况', measureStyle: 'shi' }),
    problem('关于“防范化解重大风险不够扎实”问题的整改。', [measure('开展风险隐患排查整治。'), measure('完善应急预案体系。'), measure('健全风险研判机制。')], { measuresLabel: '整改情况', measureStyle: 'shi' }),
  ];
  const second = section('aspect', '关于全面从严治党不够有力方面');
  second.children = [
    problem('关于“管党治党责任传导层层递减”问题的整改。', [measure('修订党委主体责任清单。'), measure('开展全面从严治党专项检查。')], { measuresLabel: '整改情况', measureStyle: 'shi' }),
  ];
  rect.children.push(second);
  return d;
}

describe('巡视整改进展情况通报 template', () => {
  it('is a built-in template with guidance for every part', () => {
    const t = builtinTemplates().find((x) => x.id === 'rectification-notice-xunshi')!;
    expect(t.name).toBe('巡视整改进展情况通报');
    const d = instantiateTemplate(t, { profile: PUTIAN_PROFILE, now: NOW });
    const text = renderPlainText(d);
    expect(text).toContain('一、党组织主要负责人组织落实整改工作情况');
    expect(text).toContain('二、党组织巡视整改主体责任落实情况');
    expect(text).toContain('三、巡视反馈问题整改落实情况');
    expect(text).toContain('四、下一步工作打算');
    for (const b of d.body) if (b.type === 'section') expect(b.guidance, `guidance of ${b.role}`).toBeTruthy();
  });

  it('new → edit → export DOCX → import of its own export gives the same structure', async () => {
    const d = edited();
    expect(computeCounts(d.body)).toMatchObject({ aspects: 2, problems: 3, measures: 7 });
    const dir = mkdtempSync(join(tmpdir(), 'qicao-xunshi-'));
    const path = join(dir, '巡视整改.docx');
    writeFileSync(path, await buildDocx(d));
    const { text } = await readNoticeFile(path);
    const { draft, report } = importNoticeText(text, { now: NOW });
    expect(signature(draft)).toEqual(signature(d));
    expect(summarize(draft)).toEqual(summarize(d));
    expect(report.confidence.level).toBe('high');
    // And through plain text, as a clerk pastes it.
    expect(signature(importNoticeText(renderPlainText(d), { now: NOW }).draft)).toEqual(signature(d));
  });
});
