import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/common/checks/index';
import { enumeration, measure, paragraph, problem, section } from '../../../core/common/model/build';
import type { SectionBlock } from '../../../core/common/model/types';
import { cleanRectification, cleanSummary } from './clean-drafts';
import { findings } from './helpers';

const of = (d: ReturnType<typeof cleanRectification>, id: string) => checkDraft(d).filter((f) => f.ruleId === id);
const top = (d: ReturnType<typeof cleanRectification>, role: string) =>
  d.body.find((b) => b.type === 'section' && b.role === role) as SectionBlock;

describe('structure.required-sections', () => {
  it('wants 组织领导, 整改情况 and 下一步 in a rectification notice', () => {
    const d = cleanRectification();
    d.body = d.body.filter((b) => !(b.type === 'section' && b.role === 'plan'));
    const f = of(d, 'structure.required-sections');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', location: { blockId: null } });
    expect(f[0]!.message).toContain('下一步计划');
  });
  it('accepts an imported generic heading that plays the part (haizhu "三、下一步工作安排")', () => {
    const d = cleanRectification();
    const plan = top(d, 'plan');
    plan.role = 'generic';
    plan.heading = [{ t: 'text', text: '下一步工作安排' }];
    expect(of(d, 'structure.required-sections')).toEqual([]);
  });
  it('asks a work summary for its review and plan, as warnings', () => {
    const d = cleanSummary();
    d.body = d.body.filter((b) => !(b.type === 'section' && b.role === 'review'));
    const [f] = of(d, 'structure.required-sections');
    expect(f?.severity).toBe('warning');
  });
});

describe('structure.required-fields', () => {
  it('flags an empty title, signer and 成文日期', () => {
    const d = cleanRectification();
    d.fields.title = '';
    d.fields.signer = ' ';
    delete d.fields.docDate;
    expect(of(d, 'structure.required-fields').map((f) => f.location.field).sort()).toEqual(['docDate', 'signer', 'title']);
  });
  it('warns that an internal version without 发文字号 prints no 字号 and no red rule', () => {
    const d = cleanRectification();
    d.options.internal = true;
    delete d.fields.docNumber;
    const f = of(d, 'structure.required-fields').find((x) => x.location.field === 'docNumber');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('红色分隔线');
    d.options.internal = false;
    expect(of(d, 'structure.required-fields').find((x) => x.location.field === 'docNumber')).toBeUndefined();
  });
  it('flags a field the text refers to but nobody filled', () => {
    const d = cleanRectification();
    delete d.fields.feedbackDate;
    const [f] = of(d, 'structure.required-fields');
    expect(f?.message).toContain('反馈日期');
    expect(f?.location.blockId).toBe(d.body[0]!.id);
  });
});

describe('structure.empty', () => {
  it('flags an empty section, an unfilled template slot, an empty problem and an empty measure', () => {
    const d = cleanRectification();
    top(d, 'further').children = [];
    const org = top(d, 'organisation');
    (org.children[0] as SectionBlock).children = [{ ...paragraph(''), guidance: '写党组学习部署的情况。' }];
    const cat = ((top(d, 'rectification').children[0] as SectionBlock).children[0] as SectionBlock);
    cat.children.push(problem('', [measure('')], { status: 'done' }));
    const f = of(d, 'structure.empty');
    expect(f.map((x) => `${x.severity}:${x.location.field ?? ''}`).sort()).toEqual(['error:content', 'error:title', 'warning:', 'warning:measure']);
    expect(f.find((x) => x.location.field === 'content')?.message).toContain('写党组学习部署的情况');
  });
  it('flags what regenerating 三 leaves to be written: a bare 原因及下一步措施： label and a follow-up without 整改情况', () => {
    const d = cleanRectification();
    const lead = paragraph('需进一步整改的原因及下一步措施：');
    const follow = problem('普法宣传成效不够明显。', [], { status: 'mostly-done', measuresLabel: '整改情况' });
    follow.children = [lead];
    top(d, 'further').children = [section('group', '基本完成整改的问题', [follow])];
    const f = of(d, 'structure.empty');
    expect(f.map((x) => x.location.blockId).sort()).toEqual([follow.id, lead.id].sort());
    expect(f.find((x) => x.location.blockId === lead.id)?.message).toContain('后面没有内容');
    expect(f.find((x) => x.location.blockId === follow.id)?.message).toContain('尚未写明整改情况');
    // Written, both findings go.
    lead.content = [{ t: 'text', text: '需进一步整改的原因及下一步措施：资金尚未到位，计划年底前完成。' }];
    follow.measures = [measure('已制定方案。')];
    expect(of(d, 'structure.empty')).toEqual([]);
  });
  it('accepts a run-in item without its own heading and an item stated wholly in its heading', () => {
    const d = cleanSummary();
    const issues = d.body.find((b) => b.type === 'section' && b.role === 'issues') as SectionBlock;
    issues.children.push(section('generic', '', [paragraph('乡镇街道综合行政执法人员未能及时到位。')], { runIn: true }));
    issues.children.push(section('generic', '积极谋划“八五”普法规划，做好全区领导干部案件庭审旁听工作。'));
    expect(of(d, 'structure.empty')).toEqual([]);
  });
});

describe('structure.placeholder', () => {
  const id = 'structure.placeholder';
  it('flags XX, ××, 某某, 〇〇, * and bracketed prompts', () => {
    for (const bad of ['XX市司法局', '××关于巡察整改进展情况的通报', '由某某同志负责', '〇〇县司法局', '共召开会议*次', '【请填写责任单位】', '2025年XX月']) {
      expect(findings(bad, id).length, bad).toBeGreaterThan(0);
    }
  });
  it('leaves a Chinese-numeral year, an e-mail address and ordinary text alone', () => {
    for (const ok of ['二〇〇八年八月八日', 'zhenggongke2019@gz.gov.cn', '某单位', '时间待定']) expect(findings(ok, id)).toEqual([]);
  });
  it('flags template guidance pasted in as text', () => {
    const d = cleanRectification();
    const p = { ...paragraph('写整改工作推进机制、督办和跟踪问效的做法。'), guidance: '写整改工作推进机制、督办和跟踪问效的做法。' };
    top(d, 'plan').children.push(p);
    const [f] = of(d, id);
    expect(f?.location.blockId).toBe(p.id);
  });
});

describe('structure.heading-levels', () => {
  it('flags a level skipped under an unnumbered heading and a fifth level', () => {
    const d = cleanRectification();
    const lone = section('generic', '专项整治', [section('generic', '规范财务管理')], { numbered: false });
    top(d, 'plan').children.push(lone);
    const deep = section('generic', 'L5');
    const l4 = section('generic', 'L4', [deep]);
    top(d, 'organisation').children.push(section('generic', 'L2', [section('generic', 'L3', [l4])]));
    const f = of(d, 'structure.heading-levels');
    expect(f.map((x) => x.location.blockId).sort()).toEqual([lone.children[0]!.id, deep.id].sort());
  });
  it('accepts the four levels of putian (二、→（一）→1.→（1）)', () => {
    expect(of(cleanRectification(), 'structure.heading-levels')).toEqual([]);
  });
});

describe('structure.typed-ordinal (numbering is computed)', () => {
  it('flags an ordinal typed before a computed one, with a fix that removes it', () => {
    const d = cleanRectification();
    const org = top(d, 'organisation');
    org.heading = [{ t: 'text', text: '一、提高政治站位，坚决扛起巡察整改政治责任' }];
    const p = ((top(d, 'rectification').children[0] as SectionBlock).children[0] as SectionBlock).children[0]!;
    if (p.type !== 'problem') throw new Error('fixture');
    p.measures[1]!.content = [{ t: 'text', text: '二是抓好整改。先后召开中心组学习会7次。' }];
    const f = of(d, 'structure.typed-ordinal');
    expect(f.map((x) => x.fix?.label)).toEqual(['删除“一、”', '删除“二是”']);
    expect(f[1]!.location).toMatchObject({ field: 'measure', measureId: p.measures[1]!.id, start: 0, end: 2 });
  });
  it('leaves a lone measure that starts with words alone', () => {
    expect(of(cleanRectification(), 'structure.typed-ordinal')).toEqual([]);
  });
});

describe('structure.hand-numbering', () => {
  const id = 'structure.hand-numbering';
  it('finds a lost 二是 and a lost （1） (haizhu "四是…(2)严格执行预算")', () => {
    expect(findings('一是强化认识。三是健全制度。', id)[0]?.message).toContain('缺少“二是”');
    expect(findings('一是针对财务制度执行不严的问题。二是针对未按规定独立核算的问题。三是针对工会列支不规范的问题。（1）严格专款专用。（2）规范会费收缴。\n四是针对挪用预算支出的问题，已完成整改。完善制度规定。（2）严格执行预算。', id).map((f) => f.message)).toEqual(['段内序号不连续：“（2）”之前缺少“（1）”。']);
    expect(findings('一是强化认识；二是抓好整改；二是健全制度。', id)[0]?.message).toContain('重复');
  });
  it('follows runs across paragraphs and restarts （1） under each 一是', () => {
    const text = ['（1）“首题必政治”落实不够严格。', '整改情况：一是强化认识。二是抓好整改。', '（2）习近平法治思想学习不够深入。', '整改情况：一是围绕主题学习。二是2023年结合主题教育基层宣讲。', '一是针对站位不高的问题。（1）强化理论水平。（2）规范议事制度。二是针对定位不准的问题。（1）建章立制。'].join('\n');
    expect(findings(text, id)).toEqual([]);
  });
  it('reads enumerations typed in a draft paragraph', () => {
    const d = cleanRectification();
    top(d, 'plan').children.push(enumeration('shi', ['强化学习。'], '下一步：'), paragraph('一是强化学习；三是完善制度。'));
    expect(of(d, id)).toHaveLength(1);
  });
});

describe('structure.heading-punct', () => {
  it('flags a 句号 after a standalone level-1 heading, a run-in heading without one, and a title ending in a mark', () => {
    const d = cleanRectification();
    top(d, 'plan').heading = [{ t: 'text', text: '下一步计划。' }];
    const runIn = top(d, 'organisation').children[0] as SectionBlock;
    runIn.heading = [{ t: 'text', text: '提高政治站位抓整改' }];
    d.fields.title = '中共莆田市司法局党组关于巡察整改进展情况的通报。';
    const f = of(d, 'structure.heading-punct');
    expect(f.map((x) => x.fix?.label).sort()).toEqual(['删除句号', '删除末尾标点', '末尾加“。”']);
  });
});

describe('structure.import-uncertain', () => {
  it('lists what the importer could not place, as info', () => {
    const d = cleanRectification();
    const p = (top(d, 'plan').children[0]!);
    p.uncertain = '序号后的文字较长，未能区分标题与正文';
    const [f] = of(d, 'structure.import-uncertain');
    expect(f).toMatchObject({ severity: 'info', location: { blockId: p.id } });
    expect(of(cleanRectification(), 'structure.import-uncertain')).toEqual([]);
  });
});
