// The variants of DESIGN.md §2 that unseen notices use: flattened text, no title, split title, brackets, 1、, 第一部分…
import { describe, expect, it } from 'vitest';
import { describeShared } from '../../support/shared';
import { cleanText } from '../../../core/common/import/clean/index';
import { importNoticeText } from '../../../core/common/import/index';
import type { ProblemBlock, SectionBlock } from '../../../core/common/model/types';
import { walk } from '../../../core/common/model/walk';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { summarize } from '../../../core/common/summary';
import { FIXTURES, expectedMismatches, readExpected, readNotice, signature } from './support/fixtures';

const summaryOf = (text: string): Record<string, unknown> => summarize(importNoticeText(text).draft) as unknown as Record<string, unknown>;
const bodyLines = (name: string): string[] => cleanText(readNotice(name)).lines.map((l) => l.text);

function problems(text: string): ProblemBlock[] {
  const out: ProblemBlock[] = [];
  walk(importNoticeText(text).draft.body, (b) => {
    if (b.type === 'problem') out.push(b);
  });
  return out;
}

describeShared('variants of the real notices', () => describe.each(FIXTURES)('variants of %s', (name) => {
  const expected = readExpected(name);

  it('imports when flattened onto one line', () => {
    expect(expectedMismatches(summaryOf(bodyLines(name).join('')), expected)).toEqual([]);
  });

  it('imports the raw page flattened onto one line, chrome and all', () => {
    const flat = readNotice(name).replace(/\s*\n\s*/g, '');
    expect(expectedMismatches(summaryOf(flat), expected)).toEqual([]);
  });

  it('imports with every line break doubled and indented with full-width spaces', () => {
    expect(expectedMismatches(summaryOf(bodyLines(name).map((l) => `\u3000\u3000${l}`).join('\n\n')), expected)).toEqual([]);
  });

  it('imports without a title, keeping the document type', () => {
    const lines = bodyLines(name).filter((l) => l !== expected.title);
    const s = summaryOf(lines.join('\n'));
    expect(s.title).toBeNull();
    expect(expectedMismatches(s, { ...expected, title: null })).toEqual([]);
  });

  it('imports a title split over three lines', () => {
    const title = expected.title as string;
    const split = [title.slice(0, 10), title.slice(10, 20), title.slice(20)].join('\n');
    const text = readNotice(name).replace(title, split);
    expect(expectedMismatches(summaryOf(text), expected)).toEqual([]);
  });

  it('imports with all brackets and commas full-width or all half-width', () => {
    const full = readNotice(name).replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，').replace(/:/g, '：');
    const half = readNotice(name).replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/；/g, ';');
    expect(signature(importNoticeText(full, { now: 'x' }).draft)).toEqual(signature(importNoticeText(half, { now: 'x' }).draft));
    expect(expectedMismatches(summaryOf(full), expected)).toEqual([]);
  });

  it('imports "1、" numbering and full-width digits in ordinals', () => {
    const text = readNotice(name).replace(/^(\s*)(\d{1,2})\./gm, '$1$2、');
    expect(expectedMismatches(summaryOf(text), expected)).toEqual([]);
    const wide = readNotice(name).replace(/^(\s*)(\d{1,2})\./gm, (_m, sp: string, d: string) => sp + [...d].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('') + '．');
    expect(expectedMismatches(summaryOf(wide), expected)).toEqual([]);
  });

  it('imports with Windows line endings and a BOM', () => {
    expect(expectedMismatches(summaryOf(`\ufeff${readNotice(name).replace(/\n/g, '\r\n')}`), expected)).toEqual([]);
  });
}));

describe('cleaning', () => {
  const clean = (s: string): string => cleanText(s).lines.map((l) => l.text).join('\n');

  it('normalises punctuation in Chinese text but not numbers, times, phones, emails or URLs', () => {
    expect(clean('整改情况:一是加强学习;二是(试行)制度?好!')).toBe('整改情况：一是加强学习；二是（试行）制度？好！');
    expect(clean('合格率97.14%,时间17:21,电话0594-2630053,邮箱ptsf2230053@163.com,网址http://www.a.gov.cn/x?a=1,b')).toBe(
      '合格率97.14%，时间17:21，电话0594-2630053，邮箱ptsf2230053@163.com，网址http://www.a.gov.cn/x?a=1,b');
    expect(clean('1.学习贯彻不够深入')).toBe('1.学习贯彻不够深入');
    expect(clean('共计1,200元')).toBe('共计1,200元');
  });

  it('turns look-alikes of 一 into 一 and keeps real katakana', () => {
    expect(clean('三、下ー步工作计划')).toBe('三、下一步工作计划');
    expect(clean('コーヒーと法治')).toBe('コーヒーと法治');
  });

  it('turns radicals copied from a PDF into the ideographs they stand for', () => {
    // Kangxi radicals (⽇ ⽉ ⼯) and CJK Radicals Supplement (⻓ ⻔), as a viewer copies them from many PDFs.
    expect(clean('2023年5⽉31⽇，建⽴健全⻓效机制，⻔户⽹站')).toBe('2023年5月31日，建立健全长效机制，门户网站');
  });

  it('strips web chrome but keeps body lines mentioning the same words', () => {
    const text = ['网站支持IPV6', '当前位置：首页 > 政务公开 > 通知公告', '标题的通报', '2025年02月17日 17:21 来源：某局 字号：大 中 小',
      '资金来源：财政拨款，访问量大幅增加。', '打印本页 关闭窗口', '扫一扫在手机打开当前页'].join('\n');
    expect(clean(text)).toBe('标题的通报\n资金来源：财政拨款，访问量大幅增加。');
  });

  it('joins a line broken after a comma but not a heading', () => {
    expect(clean('2.扎实做好帮教工作。全区现有2447名刑满释放人员,\n截至2021年6月,共接收261人。')).toBe('2.扎实做好帮教工作。全区现有2447名刑满释放人员，截至2021年6月，共接收261人。');
    expect(clean('一、组织领导\n局党组高度重视。')).toBe('一、组织领导\n局党组高度重视。');
  });

  it('rejoins a hard-wrapped text copied from a PDF', () => {
    const para = '局党组认真组织学习习近平总书记关于巡视工作的重要论述，深刻把握其一以贯之的坚定决心、贯穿其中的鲜明问题导向、深沉忧患意识和强烈使命担当，切实把思想和行动统一到党中央部署要求上来，不断深化巡察整改工作的认识。';
    const wrapped = `一、提高政治站位\n${Array.from({ length: 8 }, () => para).join('').match(/.{1,28}/g)!.join('\n')}`;
    const lines = clean(wrapped).split('\n');
    expect(lines).toHaveLength(2);
  });
});

const PARTS_NOTICE = `中共某某县财政局党组
关于县委第二巡察组反馈意见
整改情况的报告

根据县委统一部署,2023年3月1日至4月30日,县委第二巡察组对县财政局开展了常规巡察,2023年6月12日反馈了巡察意见,共指出3个方面4个问题。现将整改情况报告如下。
一、整改工作开展情况
局党组高度重视巡察整改工作,成立整改工作领导小组,制定整改方案,明确4项整改措施。
二、反馈问题整改落实情况
第一部分 贯彻落实党的路线方针政策和党中央重大决策部署方面
1.学习贯彻习近平新时代中国特色社会主义思想不够深入。
问题整改做法与成效:一是修订党组理论学习中心组学习制度。二是开展专题研讨3次。目前已完成整改。
2.落实意识形态工作责任制不到位。
问题整改做法与成效:已完成整改。修订意识形态工作责任制实施办法。
第二部分 落实全面从严治党战略部署方面
3.落实党委(党组)主体责任不到位。
问题整改做法与成效:已基本完成整改。一是制定党委(党组)主体责任清单;二是开展约谈提醒12人次。
第三部分 落实组织路线方面
4.干部队伍建设统筹谋划不够。
问题整改做法与成效:正在推进整改。制定干部队伍建设规划,分步实施。
三、下一步工作打算
(一)持续巩固整改成果。对已完成的整改事项开展“回头看”。
(二)健全长效机制。把整改中形成的好做法固化为制度。
特此报告。
中共某某县财政局党组
2023年10月8日`;

describe('a report with 第一部分 aspects, 1. problems and 问题整改做法与成效', () => {
  const { draft, report } = importNoticeText(PARTS_NOTICE);

  it('reads the split title, the aspects, problems and statuses', () => {
    expect(draft.fields.title).toBe('中共某某县财政局党组关于县委第二巡察组反馈意见整改情况的报告');
    expect(summarize(draft)).toMatchObject({
      docType: 'rectification', sections: 3, aspects: 3, problems: 4,
      status: { done: 2, mostlyDone: 1, notDone: 1, unknown: 0 }, date: '2023-10-08', signer: '中共某某县财政局党组',
    });
    expect(report.counts.measures).toBe(6);
  });

  it('keeps the label, the heading with 党委（党组） and the statuses', () => {
    const ps = problems(PARTS_NOTICE);
    expect(ps.map((p) => p.status)).toEqual(['done', 'done', 'mostly-done', 'ongoing']);
    expect(ps[2]!.title).toEqual([{ t: 'text', text: '落实党委（党组）主体责任不到位。' }]);
    expect(ps[2]!.measuresLabel).toBe('问题整改做法与成效');
    expect(ps[2]!.statusPhrase).toBe('已基本完成整改');
  });

  it('binds stated counts and numbers problems continuously across parts', () => {
    expect(report.statedCounts).toEqual(expect.arrayContaining([
      { key: 'aspects', stated: 3, computed: 3 }, { key: 'problems', stated: 4, computed: 4 }, { key: 'measures', stated: 4, computed: 6 },
    ]));
    const rect = draft.body.find((b): b is SectionBlock => b.type === 'section' && b.role === 'rectification')!;
    expect(rect.continuousNumbering).toBe(true);
    expect(draft.body.some((b) => b.type === 'paragraph' && b.role === 'closing')).toBe(true);
  });

  it('survives plain text and back', () => {
    const again = importNoticeText(renderPlainText(draft)).draft;
    expect(signature(again)).toEqual(signature(draft));
  });
});

const NO_LEVEL_ONE = `根据市委巡察工作统一部署，2022年9月5日至10月30日，市委第一巡察组对市档案馆进行了巡察，并于2022年12月20日反馈了巡察意见。现将巡察整改进展情况予以通报。
（一）关于党的领导弱化方面
（1）理论学习不够深入。
整改情况：一是制定年度学习计划；二是开展读书班1期。
（2）“三重一大”制度执行不严格。
整改情况：已完成整改。修订“三重一大”决策制度实施办法。
（二）关于全面从严治党不力方面
（3）廉政风险排查不全面。
整改情况：已基本完成整改。一是开展岗位廉政风险排查；二是制定防控措施；三是开展警示教育。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0771-5556666；电子邮箱：daj@nn.gov.cn。
中共某某市档案馆党组
2023年3月1日`;

describe('a notice without title and without the 一、 level', () => {
  const { draft } = importNoticeText(NO_LEVEL_ONE);

  it('takes （一）…方面 as aspects and （n） as problems', () => {
    expect(summarize(draft)).toMatchObject({
      docType: 'rectification', title: null, sections: 2, aspects: 2, problems: 3, measures: 6,
      status: { done: 1, mostlyDone: 1, notDone: 0, unknown: 1 },
      contact: { phone: '0771-5556666', email: 'daj@nn.gov.cn', postcode: null },
    });
  });

  it('prints back with its own top level (（一）…, not 一、) and re-imports to the same structure', () => {
    expect(draft.options.firstHeadingLevel).toBe(2);
    const text = renderPlainText(draft);
    expect(text).toMatch(/^\u3000\u3000（一）关于/m);
    expect(text).not.toMatch(/^\u3000\u3000一、/m);
    // Below （一） the next GB/T level is 1.; the notice's skipped level is not reproduced (the checks flag it).
    expect(text).toMatch(/^\u3000\u3000（一）关于党的领导弱化方面\n\u3000\u30001\.理论学习不够深入。/m);
    const again = importNoticeText(text).draft;
    expect(summarize(again)).toMatchObject({ sections: 2, aspects: 2, problems: 3, measures: 6 });
    expect(again.options.firstHeadingLevel).toBe(2);
  });

  it('flags the problem whose status is not stated', () => {
    const ps = problems(NO_LEVEL_ONE);
    expect(ps[0]!.uncertain).toContain('整改状态');
    expect(ps[1]!.uncertain).toBeUndefined();
  });
});

describe('inline problems', () => {
  it('reads "一是针对…的问题，已完成整改。（1）…（2）…" and a lone "针对…的问题，已基本完成整改…"', () => {
    const text = `二、整改情况
（一）党的领导方面
1.主要领导作用发挥不明显。
一是针对站位不高的问题,已完成整改。(1)强化理论学习。(2)规范议事制度。
二是针对定位不准的问题,基本完成整改。(1)建章立制。
2.推动重点工作不力。
针对至今无具体推进措施的问题,已基本完成整改,并形成长效机制,长期坚持。(1)统筹开展工作。(2)强化参谋作用。(3)提高法治水平。`;
    const ps = problems(text);
    expect(ps.map((p) => [p.form, p.status, p.measures.length])).toEqual([
      ['inline', 'done', 2], ['inline', 'mostly-done', 1], ['inline', 'mostly-done', 3],
    ]);
    expect(ps[2]!.statusPhrase).toBe('已基本完成整改，并形成长效机制，长期坚持');
  });

  it('reads measures on their own lines after the head', () => {
    const text = `二、整改情况
（一）作风建设方面
1.四风问题尚存。
一是针对总结雷同的问题，已完成整改。
（1）强化认识。
（2）强化监督。
二是针对述职报告雷同的问题，已完成整改。
（1）健全制度。`;
    const ps = problems(text);
    expect(ps.map((p) => [p.measures.length, p.measureLayout])).toEqual([[2, 'block'], [1, 'block']]);
  });
});

const STATUS_VARIANTS = `中共某某区审计局党组关于巡察整改进展情况的通报
根据区委统一部署，2022年4月6日至5月20日，区委第三巡察组对区审计局党组开展了常规巡察，并于2022年7月8日反馈了意见。现将整改进展情况予以通报。
一、提高政治站位，扛牢整改责任
局党组把巡察整改作为重大政治任务。
二、反馈问题整改情况
（一）关于学习贯彻党的创新理论不够深入方面的问题
1.理论学习中心组学习流于形式。（已完成整改）
整改情况：
（1）修订学习制度。
（2）开展专题研讨4次。
2.针对意识形态工作责任制落实不到位的问题，已基本完成整改。
整改情况：一是制定责任清单；二是开展专项检查。
（二）关于全面从严治党方面的问题
3.财务管理不规范。
整改情况：一是修订财务制度。二是开展自查。
整改进展：正在推进。
三、下一步工作打算
持续巩固整改成果。
中共某某区审计局党组
2022年11月30日`;

describe('statuses stated in other places', () => {
  it('reads a bracketed status after the title, a status in the heading sentence and a 整改进展 line', () => {
    const ps = problems(STATUS_VARIANTS);
    expect(ps.map((p) => [p.status, p.measures.length])).toEqual([['done', 2], ['mostly-done', 2], ['ongoing', 2]]);
    expect(ps[0]!.title).toEqual([{ t: 'text', text: '理论学习中心组学习流于形式。（已完成整改）' }]);
    const { draft } = importNoticeText(STATUS_VARIANTS);
    expect(draft.fields.title).toBe('中共某某区审计局党组关于巡察整改进展情况的通报');
    expect(draft.fields.unitShortName).toBe('区审计局');
  });
});

describeShared('hard-wrapped copies of the real notices', () => describe.each(['putian-sfj-2025-notice', 'qingcheng-sfj-2021-summary'])('a hard-wrapped copy of %s (text copied from a PDF)', (name) => {
  it('imports with the expected summary', () => {
    const wrapped = readNotice(name).split('\n').map((l) => l.trim()).filter(Boolean).map((l) => l.match(/.{1,28}/g)!.join('\n')).join('\n');
    expect(expectedMismatches(summaryOf(wrapped), readExpected(name))).toEqual([]);
  });
}));

describe('statuses stated only in 三、需进一步整改', () => {
  it('are given to the same problems in the ledger', () => {
    const text = `二、巡察反馈问题的整改情况
（一）党的建设方面
1.理论学习不够深入。
整改情况：一是制定学习计划。二是开展读书班。
2.县区矫正中心建设相对滞后。
整改情况：一是加强督促。二是推动改造。
3.财政资金使用效益不够高。
整改情况：一是加强沟通。二是调整进度。
三、需要进一步整改的事项及措施
（一）基本完成整改的问题
1.财政资金使用效益不够高。
整改情况：调整支出进度。
（二）未完成整改的问题
1.县（区）矫正中心建设相对滞后。
整改情况：加强指导督促。`;
    const ps = problems(text).filter((p) => p.measures.length === 2);
    expect(ps.map((p) => p.status)).toEqual(['unknown', 'not-done', 'mostly-done']);
  });
});
