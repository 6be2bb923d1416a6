// A realistic, putian-size 巡察整改进展情况通报 built with the model builders, for export tests and benchmarks.
import { enumeration, measure, paragraph, problem, section, text } from '../../core/common/model/build';
import { emptyDraft } from '../../core/common/model/build';
import type { Block, Draft, Inline, Measure, ParagraphBlock, ProblemStatus } from '../../core/common/model/types';
import { printedText, toPrinted } from '../../core/common/render/printed';

export interface SyntheticOptions {
  aspects?: number;
  categoriesPerAspect?: number;
  /** Problems spread over all categories (38 in the putian notice), or a count per category. */
  problems?: number;
  problemsPerCategory?: number;
  measuresPerProblem?: number;
  /** Total printed characters to reach by lengthening measures (≈17,000 for putian). */
  charsTarget?: number;
  seed?: number;
  internal?: boolean;
  seal?: boolean;
}

const ASPECTS = [
  '贯彻落实党的路线方针政策和党中央决策部署',
  '落实全面从严治党战略部署',
  '落实新时代党的组织路线',
  '落实巡察、审计等监督发现问题整改',
];
const CATEGORIES = [
  '学习贯彻习近平新时代中国特色社会主义思想不够深入', '服务保障全市中心工作有差距', '法治政府建设推进不够有力',
  '公共法律服务体系建设存在短板', '行政执法监督职能发挥不充分', '落实主体责任不够到位', '监督责任履行不够有力',
  '落实中央八项规定精神有松懈', '重点领域廉政风险防控不够严密', '意识形态工作责任制落实不到位', '领导班子建设有弱项',
  '干部队伍建设统筹谋划不够', '基层党组织建设存在薄弱环节', '人才培养使用机制不够健全', '党员教育管理不够严格',
  '财务管理制度执行不严', '以往巡察整改不够彻底',
];
const PROBLEM_SUBJECTS = [
  '理论学习中心组学习', '“第一议题”制度落实', '普法责任制落实', '人民调解组织规范化建设', '律师行业党建工作',
  '行政复议案件办理', '社区矫正对象监督管理', '法律援助案件质量评估', '公证服务便民措施', '政府合同合法性审查',
  '规范性文件备案审查', '“三重一大”事项集体决策', '公务接待和公车使用管理', '专项资金拨付使用', '政府采购程序',
  '干部选拔任用工作', '年轻干部培养', '支部“三会一课”', '党费收缴管理', '意识形态阵地管理',
];
const PROBLEM_DEFECTS = [
  '存在以会代学、学用脱节现象', '跟进督促不够及时，部分工作停留在部署层面', '制度执行不够严格，个别环节流于形式',
  '台账资料不完整，记录不规范', '统筹谋划不足，推进力度不够', '考核评价机制不健全，结果运用不充分',
  '风险排查不够深入，防控措施针对性不强', '整改跟踪问效不到位，存在反弹回潮风险',
];
const MEASURE_SENTENCES = [
  '局党组召开专题会议，对照反馈意见逐条研究，制定整改方案，明确责任领导、责任科室和完成时限',
  '修订完善《局党组理论学习中心组学习制度》，建立学习计划、学习记录、督学通报“三项机制”',
  '组织开展专题学习研讨4次，班子成员结合分管工作撰写心得体会，推动学习成果转化为工作成效',
  '聚焦群众反映强烈的突出问题，开展专项检查，全面排查风险隐患12处，均已整改到位',
  '建立问题清单、任务清单、责任清单，实行销号管理，每月调度一次整改进展',
  '邀请市纪委监委派驻纪检监察组开展廉政教育，组织观看警示教育片，筑牢拒腐防变思想防线',
  '完善内部控制制度，规范资金审批流程，对2022年以来专项资金使用情况开展全面自查',
  '严格落实“三重一大”集体决策制度，重大事项一律提交局党组会议研究，会议记录规范完整',
  '健全干部考核评价机制，将整改落实情况纳入年度绩效考评，考评结果与评先评优挂钩',
  '加强与市直有关部门的沟通协调，联合出台工作指引，推动形成工作合力',
  '开展“以案促改”专项行动，深入剖析典型案例，查找制度漏洞，健全长效机制',
  '选派业务骨干下沉基层指导，举办业务培训班3期，培训人员260余人次',
  '对照党章党规和上级要求，全面规范支部组织生活，落实“三会一课”、主题党日等制度',
  '建立健全定期分析研判机制，每季度听取一次专题汇报，及时研究解决存在问题',
  '完善信息化管理平台，实现案件办理全流程网上运行、全过程留痕可查',
];
const RESULTS: ProblemStatus[] = ['done', 'done', 'done', 'mostly-done', 'done', 'ongoing', 'done', 'long-term'];
const STATUS_PHRASE: Record<ProblemStatus, string> = {
  done: '已完成整改', 'mostly-done': '已基本完成整改', 'not-done': '尚未完成整改', ongoing: '正在持续推进整改',
  'long-term': '已完成整改并长期坚持', unknown: '',
};
const LEADERS = ['局党组书记、局长', '局党组副书记、副局长', '局党组成员、副局长', '局党组成员、政治部主任'];
const UNITS = ['办公室', '法治督察科', '行政复议科', '公共法律服务管理科', '人民参与和促进法治科', '政治部', '社区矫正管理局'];

/** Deterministic so references and benchmarks see the same text every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function spread(total: number, buckets: number): number[] {
  return Array.from({ length: buckets }, (_, i) => Math.floor(total / buckets) + (i < total % buckets ? 1 : 0));
}

export function syntheticRectificationDraft(o: SyntheticOptions = {}): Draft {
  const aspects = o.aspects ?? 3;
  const categoriesPerAspect = o.categoriesPerAspect ?? 5;
  const categories = aspects * categoriesPerAspect;
  const problemCounts = o.problemsPerCategory !== undefined
    ? Array(categories).fill(o.problemsPerCategory)
    : spread(o.problems ?? 38, categories);
  const measuresPerProblem = o.measuresPerProblem ?? 3;
  const rand = rng(o.seed ?? 20250217);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

  const draft = emptyDraft('rectification', '2025-02-17T08:00:00.000Z');
  draft.fields = {
    title: '中共莆田市司法局党组关于市委第四巡察组巡察反馈意见整改进展情况的通报',
    signer: '中共莆田市司法局党组',
    unitName: '莆田市司法局',
    unitShortName: '市司法局',
    docDate: '2025-02-17',
    docNumber: '莆司党〔2025〕3号',
    issuer: '林某某',
    deployer: '市委',
    inspectionGroup: '八届市委第四巡察组',
    inspectionStart: '2024-04-08',
    inspectionEnd: '2024-06-14',
    feedbackDate: '2024-08-26',
    copyTo: '市委巡察办，市纪委监委派驻第三纪检监察组',
    printer: '中共莆田市司法局党组办公室',
    printDate: '2025-02-17',
  };
  draft.profile = {
    fullName: '莆田市司法局', partyGroupName: '中共莆田市司法局党组', shortName: '市司法局',
    phone: '0594-2696152', mailAddress: '莆田市城厢区东园西路1516号', postcode: '351100', email: 'ptsfjdzb@163.com',
  };
  draft.options = { seal: o.seal ?? false, internal: o.internal ?? false };

  const f = (key: 'deployer' | 'inspectionGroup' | 'inspectionStart' | 'inspectionEnd' | 'feedbackDate' | 'unitName'): Inline => ({ t: 'field', key });
  const preamble = paragraph([
    ...text('根据'), f('deployer'), ...text('统一部署，'), f('inspectionStart'), ...text('至'), f('inspectionEnd'),
    ...text('，'), f('inspectionGroup'), ...text('对'), f('unitName'), ...text('党组进行了常规巡察。'), f('feedbackDate'),
    ...text('，巡察组向我局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。'),
  ], 'preamble');

  const organisation = section('organisation', '整改工作的组织领导情况', [
    section('generic', '提高政治站位，强化整改责任。', [paragraph('局党组把巡察整改作为重大政治任务，第一时间召开党组会议专题研究部署，成立由党组书记任组长、班子成员任副组长的巡察整改工作领导小组，下设办公室负责日常协调推进，形成了主要领导亲自抓、分管领导具体抓、责任科室抓落实的工作格局。')], { runIn: true }),
    section('generic', '坚持问题导向，细化整改措施。', [paragraph('对照巡察反馈意见，逐条梳理形成问题清单、任务清单和责任清单，制定整改工作方案，明确每项任务的责任领导、责任科室和完成时限，做到事事有人管、件件有着落。')], { runIn: true }),
    section('generic', '加强督促检查，确保整改实效。', [paragraph('建立整改工作周调度、月通报制度，领导小组办公室定期对整改进展情况进行跟踪督办，对进展缓慢的及时提醒督促，确保各项整改任务按时保质完成。')], { runIn: true }),
  ]);

  const problemsAll: { measures: Measure[] }[] = [];
  const aspectBlocks: Block[] = [];
  let cat = 0;
  let q = 0;
  for (let a = 0; a < aspects; a++) {
    const catBlocks: Block[] = [];
    for (let c = 0; c < categoriesPerAspect; c++, cat++) {
      const probs: Block[] = [];
      for (let k = 0; k < problemCounts[cat]!; k++, q++) {
        const status = RESULTS[q % RESULTS.length]!;
        const ms = Array.from({ length: measuresPerProblem }, () => measure(`${pick(MEASURE_SENTENCES)}。`));
        const pb = problem(`${PROBLEM_SUBJECTS[q % PROBLEM_SUBJECTS.length]}${pick(PROBLEM_DEFECTS)}的问题`, ms, {
          status, statusPhrase: STATUS_PHRASE[status], measuresLabel: '整改情况',
          leader: LEADERS[q % LEADERS.length], unit: UNITS[q % UNITS.length], deadline: q % 5 === 0 ? '长期坚持' : '2024年12月底前',
        });
        problemsAll.push(pb);
        probs.push(pb);
      }
      catBlocks.push(section('category', `关于“${CATEGORIES[cat % CATEGORIES.length]}”方面`, probs));
    }
    aspectBlocks.push(section('aspect', `${ASPECTS[a % ASPECTS.length]}方面`, catBlocks));
  }
  const rectification = section('rectification', '巡察反馈问题整改落实情况', aspectBlocks, { continuousNumbering: true });

  const further = section('further', '需要进一步整改的问题及下一步措施', [
    paragraph('对尚未完全整改到位的问题，局党组将坚持目标不变、标准不降、力度不减，明确时间节点，持续跟踪问效，确保整改任务全面完成。'),
  ]);
  const plan = section('plan', '下一步工作打算', [
    section('generic', '持续深化思想认识。', [paragraph('坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，进一步增强抓好巡察整改的政治自觉、思想自觉和行动自觉。')], { runIn: true }),
    section('generic', '持续巩固整改成果。', [paragraph('对已完成的整改事项适时开展“回头看”，防止问题反弹回潮；对需要长期坚持的整改事项，建立长效机制，久久为功抓好落实。')], { runIn: true }),
    section('generic', '持续推动改革发展。', [enumeration('shi', [
      '把巡察整改与推进法治莆田建设结合起来，着力提升依法行政水平；',
      '把巡察整改与优化公共法律服务结合起来，不断增强群众获得感；',
      '把巡察整改与加强干部队伍建设结合起来，努力打造忠诚干净担当的司法行政铁军。',
    ], '坚持以巡察整改为契机，')], { runIn: true }),
  ]);
  const contact = paragraph([
    ...text('欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话'),
    { t: 'field', key: 'profile.phone' }, ...text('；邮政信箱：'), { t: 'field', key: 'profile.mailAddress' },
    ...text('（邮编'), { t: 'field', key: 'profile.postcode' }, ...text('）；电子邮箱：'), { t: 'field', key: 'profile.email' }, ...text('。'),
  ], 'contact');
  draft.body = [preamble, organisation, rectification, further, plan, contact];

  if (o.charsTarget) {
    let total = printedChars(draft);
    let i = 0;
    while (total < o.charsTarget && problemsAll.length) {
      const ms = problemsAll[i % problemsAll.length]!.measures;
      const m = ms[Math.floor(i / problemsAll.length) % ms.length]!;
      const add = `同时，${pick(MEASURE_SENTENCES)}。`;
      m.content = [...m.content, ...text(add)];
      total += add.length;
      i++;
    }
  }
  return draft;
}

/** Characters of the printed text, as a clerk counts a notice's length. */
export function printedChars(draft: Draft): number {
  return toPrinted(draft).reduce((n, p) => n + printedText(p).length, 0);
}

/** The putian-size draft: 3 aspects, 15 categories, 38 problems, ≈17,000 characters. */
export function putianSizeDraft(extra: Partial<SyntheticOptions> = {}): Draft {
  return syntheticRectificationDraft({ aspects: 3, categoriesPerAspect: 5, problems: 38, measuresPerProblem: 3, charsTarget: 17_000, ...extra });
}

/** The draft with `typed` added to the end of its first paragraph's text (a clerk's small edit). */
export function withEdit(draft: Draft, typed: string): Draft {
  const i = draft.body.findIndex((b) => b.type === 'paragraph' && b.content.some((r) => r.t === 'text'));
  const p = draft.body[i] as ParagraphBlock;
  const at = p.content.findLastIndex((r) => r.t === 'text');
  const content = p.content.map((r, k) => (k === at && r.t === 'text' ? { ...r, text: r.text + typed } : r));
  return { ...draft, body: draft.body.map((b, k) => (k === i ? { ...p, content } : b)) };
}
