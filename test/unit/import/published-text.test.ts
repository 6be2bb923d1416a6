// Last year's notice is imported as published: stated counts and dates keep their wording; a count that disagrees
// with the ledger is a 校对 finding; the figure binds to the ledger only when the clerk applies 改为按台账计算.
import { describe, expect, it } from 'vitest';
import { applyFixToInlines, checkDraft } from '../../../core/common/checks/index';
import { measure, paragraph, problem } from '../../../core/common/model/build';
import { computeCounts } from '../../../core/common/model/counts';
import type { Draft, ParagraphBlock, SectionBlock } from '../../../core/common/model/types';
import { walk } from '../../../core/common/model/walk';
import { importNoticeText } from '../../../core/common/import/index';
import { renderPlainText } from '../../../core/common/render/plain-text';

const NOTICE = `中共某某县统计局党组关于巡察整改进展情况的通报

根据县委统一部署，2022年3月11日至5月17日，县委第二巡察组对县统计局党组开展了常规巡察。2022年6月20日，巡察组向县统计局党组反馈了巡察意见。按照巡务公开有关要求，现将巡察整改进展情况予以公布。

一、提高政治站位，扛牢整改责任
局党组对照巡察反馈的2个方面3个具体问题，制定71项整改措施，逐项抓好落实。

二、巡察反馈问题整改落实情况
（一）贯彻落实党的路线方针政策不到位方面
1.统计数据质量管控不严的问题。
整改情况：一是修订数据审核办法。二是开展数据质量抽查。目前已完成整改。
2.统计普法宣传不够深入的问题。
整改情况：一是制定年度普法计划。二是开展统计开放日活动。目前已完成整改。
（二）全面从严治党不够有力方面
1.“三重一大”决策程序执行不规范的问题。
整改情况：一是修订党组议事规则。二是建立会议纪要台账。目前已完成整改。
2.固定资产管理不规范的问题。
整改情况：一是全面清查固定资产。二是完善资产管理制度。目前已完成整改。

三、下一步工作打算
下一步，局党组将研究四个方面的措施，巩固整改成果。

欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0591-1234567；邮政信箱：某某县统计局办公室。

中共某某县统计局党组
2022年9月30日
`;

const NOW = '2025-03-01T00:00:00.000Z';
const ofRule = (d: Draft, id: string) => checkDraft(d).filter((f) => f.ruleId === id);

const ledger = (d: Draft): SectionBlock => d.body.find((b) => b.type === 'section' && b.role === 'rectification') as SectionBlock;

function orgParagraph(d: Draft): ParagraphBlock {
  const s = d.body.find((b) => b.type === 'section' && b.role === 'organisation') as SectionBlock;
  return s.children.find((b) => b.type === 'paragraph') as ParagraphBlock;
}

describe('import keeps the published text', () => {
  const { draft, report } = importNoticeText(NOTICE, { now: NOW });

  it('a stated measure count stays as written although the ledger parses another number', () => {
    expect(computeCounts(draft.body).measures).toBe(8);
    const text = renderPlainText(draft);
    expect(text).toContain('制定71项整改措施');
    expect(text).toContain('2个方面3个具体问题');
    // Nothing in the imported draft is bound to the ledger until the clerk chooses it.
    walk(draft.body, (b) => {
      if (b.type === 'paragraph') expect(b.content.some((c) => c.t === 'count')).toBe(false);
    });
    expect(report.statedCounts).toEqual([
      { key: 'aspects', stated: 2, computed: 2 },
      { key: 'problems', stated: 3, computed: 4 },
      { key: 'measures', stated: 71, computed: 8 },
    ]);
  });

  it('an end date written without its year stays as written, and is still read into 巡察结束日期', () => {
    expect(renderPlainText(draft)).toContain('2022年3月11日至5月17日');
    expect(draft.fields.inspectionEnd).toBe('2022-05-17');
  });

  it('a stated count that disagrees is a 校对 error whose fix binds the figure to the ledger', () => {
    const d = importNoticeText(NOTICE, { now: NOW }).draft;
    const measures = ofRule(d, 'counts.prose').find((f) => f.message.includes('71'))!;
    expect(measures).toMatchObject({ severity: 'error', fix: { label: '改为按台账计算', count: 'measures' } });
    const p = orgParagraph(d);
    const counts = computeCounts(d.body);
    const fixed = applyFixToInlines(p.content, { draft: d, counts }, measures.location.start!, measures.location.end!, measures.fix!.replacement, measures.fix!.count);
    expect(fixed).not.toBeNull();
    p.content = fixed!;
    expect(p.content.filter((c) => c.t === 'count')).toEqual([{ t: 'count', key: 'measures' }]);
    expect(renderPlainText(d)).toContain('制定8项整改措施');
    expect(ofRule(d, 'counts.prose').some((f) => f.message.includes('71'))).toBe(false);
  });

  it('a count error the clerk resolves in the ledger clears without 忽略', () => {
    const d = importNoticeText(NOTICE, { now: NOW }).draft;
    // The notice says 3 problems; the ledger has 4. The clerk removes the one that is not last year's finding…
    expect(ofRule(d, 'counts.prose').filter((f) => f.severity === 'error' && f.message.includes('具体问题数为4'))).toHaveLength(1);
    const aspect = ledger(d).children[1] as SectionBlock;
    aspect.children.pop();
    expect(ofRule(d, 'counts.prose').filter((f) => f.severity === 'error' && f.message.includes('具体问题'))).toEqual([]);
    // …or, the other way round, adds a missing one so the ledger matches the stated number again.
    const d2 = importNoticeText(NOTICE.replace('2个方面3个具体问题', '2个方面5个具体问题'), { now: NOW }).draft;
    expect(ofRule(d2, 'counts.prose').some((f) => f.severity === 'error' && f.message.includes('具体问题数为4'))).toBe(true);
    (ledger(d2).children[1] as SectionBlock).children.push(problem('公务用车管理不规范的问题。', [measure('修订公务用车管理办法。')], { status: 'done' }));
    expect(ofRule(d2, 'counts.prose').filter((f) => f.severity === 'error' && f.message.includes('具体问题'))).toEqual([]);
  });
});

describe('count rules read only phrases that state the ledger totals', () => {
  const { draft } = importNoticeText(NOTICE, { now: NOW });

  it('"研究四个方面的措施" is not a count of aspects', () => {
    const findings = ofRule(draft, 'counts.prose');
    expect(findings.some((f) => f.excerpt.includes('四个方面') || f.message.includes('四个方面'))).toBe(false);
    expect(findings.some((f) => f.fix?.replacement === '二')).toBe(false);
  });

  it('such numbers stay quiet in any sentence that speaks of the inspection, and real totals are still read', () => {
    const d = importNoticeText(NOTICE, { now: NOW }).draft;
    const org = d.body.find((b) => b.type === 'section' && b.role === 'organisation') as SectionBlock;
    org.children.push(
      paragraph('对照巡察反馈意见，党组研究四个方面的措施，发现问题13个，针对3个方面的工作提出建议。'),
      paragraph('巡察共反馈问题6个，我局逐条制定整改措施9项。'),
    );
    const f = ofRule(d, 'counts.prose').filter((x) => x.severity === 'error');
    const said = f.map((x) => x.message);
    expect(said.some((m) => m.includes('四个方面') || m.includes('13') || m.includes('3个方面的工作'))).toBe(false);
    expect(said.some((m) => m.includes('反馈问题6个'))).toBe(true);
    expect(said.some((m) => m.includes('整改措施9项'))).toBe(true);
  });
});
