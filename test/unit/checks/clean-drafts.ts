// Correctly written drafts in clean GB/T 9704 / 15834 / 15835 style: the false-positive budget is zero errors on them.
import { measure, paragraph, problem, section, emptyDraft } from '../../../core/common/model/build';
import type { Draft, Inline } from '../../../core/common/model/types';
import { PUTIAN_PROFILE } from '../../support/profiles';

const withCounts = (parts: (string | Inline)[]): Inline[] =>
  parts.map((p) => (typeof p === 'string' ? { t: 'text', text: p } : p));

/** A 巡察整改进展情况通报 shaped like putian's, with counts bound to the ledger and fields for every date. */
export function cleanRectification(): Draft {
  const d = emptyDraft('rectification', '2025-02-17T09:00:00.000Z', 'rectification-notice');
  d.profile = { ...PUTIAN_PROFILE };
  Object.assign(d.fields, {
    title: '中共莆田市司法局党组关于巡察整改进展情况的通报',
    signer: '中共莆田市司法局党组',
    unitName: '莆田市司法局',
    unitShortName: '市司法局',
    docDate: '2025-02-17',
    deployer: '市委',
    inspectionGroup: '八届市委巡察四组',
    inspectionStart: '2023-04-20',
    inspectionEnd: '2023-05-31',
    feedbackDate: '2024-01-04',
  });
  const f = (key: 'deployer' | 'inspectionStart' | 'inspectionEnd' | 'inspectionGroup' | 'unitShortName' | 'feedbackDate'): Inline => ({ t: 'field', key });
  const preamble = paragraph(withCounts([
    '根据', f('deployer'), '巡察工作统一部署，', f('inspectionStart'), '至', f('inspectionEnd'), '，', f('inspectionGroup'),
    '对', f('unitShortName'), '开展巡察，并于', f('feedbackDate'),
    '反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。',
  ]), 'preamble');

  const organisation = section('organisation', '提高政治站位，坚决扛起巡察整改政治责任', [
    section('generic', '提高政治站位抓整改。', [paragraph('局党组认真组织学习习近平总书记关于巡视工作的重要论述，落实党组“第一议题”制度，对照市委巡察四组反馈意见，不断深化对巡察整改工作的认识，把巡察整改作为捍卫“两个确立”、做到“两个维护”的试金石。')], { runIn: true }),
    section('generic', '强化政治担当抓整改。', [paragraph(withCounts([
      '成立巡察整改领导小组，组长由局党组书记担任。对照反馈的', { t: 'count', key: 'aspects' }, '个方面', { t: 'count', key: 'problems' },
      '个具体问题，逐项制定', { t: 'count', key: 'measures' }, '项整改措施，明确责任领导、责任单位和完成时限。党组书记直接负责行业队伍监管、信访举报办理等10个重点问题的整改。',
    ]))], { runIn: true }),
    section('generic', '注重统筹协调抓整改。', [paragraph('建立整改工作推进会制度，每2周召开1次推进会听取整改进展情况汇报。截至2024年12月，共召开推进会24次，解决各类纠纷诉求357件，连线解答诉求1287件，“党建工作指导员+12345平台”联动机制入选全国热线十佳案例。')], { runIn: true }),
  ], { required: true });

  const p1 = problem('“首题必政治”落实不够严格。', [
    measure('强化认识。召开党组会议传达学习市委《关于坚决维护党中央权威和集中统一领导的若干规定》，进一步提高思想自觉、政治自觉、行动自觉。'),
    measure('抓好整改。先后召开中心组学习会7次、党组“第一议题”学习6次，认真学习贯彻党的二十届三中全会精神。'),
    measure('健全制度。修订党组工作规则和议事决策程序，配套建立理论中心组学习机制。'),
  ], { status: 'done', measuresLabel: '整改情况' });
  const p2 = problem('法治政府示范创建尚未破题。', [
    measure('组织实施。制定出台《莆田市关于争创全国法治政府建设示范市工作的意见》，明确目标任务。'),
    measure('有序推进。向省委依法治省办推荐城厢区、仙游县、荔城区等3个综合地区，城厢区成功入选福建省法治政府建设示范区。'),
  ], { status: 'done', measuresLabel: '整改情况' });
  const p3 = problem('为民办实事公共法律服务平台建设项目资金存在结余。', [
    measure('跟踪督促收回。由经办科室会同财务人员核实项目资金结余情况，下发整改通知，要求按财务制度将结余资金上缴。'),
  ], {
    status: 'not-done', measuresLabel: '整改情况',
    children: [paragraph('未完成整改的原因及下一步措施：考虑到当前各县区财政运转状况，下一步将多方借力协调，督促各县区做好结余资金清理回收工作，力争2025年12月取得阶段性成果。')],
  });
  const p4 = problem('接待费报销不够规范。', [
    measure('规范报销流程。修订《莆田市司法局公务接待管理办法》，明确接待审批单、接待清单与发票一一对应。'),
    measure('开展自查自纠。对2021年以来的接待费报销凭证进行全面梳理，退回不合规费用0.36万元。'),
  ], { status: 'done', measuresLabel: '整改情况' });

  const rectification = section('rectification', '巡察反馈问题的整改情况', [
    section('aspect', '聚焦党中央各项决策部署及省委、市委工作要求在基层的落实情况', [
      section('category', '全面依法治市工作推进不够有力', [p1, p2]),
    ]),
    section('aspect', '聚焦群众身边腐败问题和不正之风', [
      section('category', '财务管理不够规范', [p3, p4]),
    ]),
  ], { required: true, continuousNumbering: true });

  const further = section('further', '需要进一步整改的事项及措施', [
    paragraph('为民办实事公共法律服务平台建设项目结余资金问题尚需持续推进，局党组将压实责任，按期销号。'),
  ]);
  const plan = section('plan', '下一步计划', [
    paragraph('以习近平新时代中国特色社会主义思想为指导，坚持严的主基调不动摇，不断深化和巩固巡察整改成果。'),
    section('generic', '持续提高巡察整改政治站位。', [paragraph('学深悟透习近平法治思想，不断提高政治判断力、政治领悟力、政治执行力。')], { runIn: true }),
    section('generic', '持续推动巡察整改任务落实落地。', [paragraph('对仍在推进的整改任务，继续压实整改责任；对已经完成整改的问题，适时开展“回头看”，坚决防止同类问题反弹回潮。')], { runIn: true }),
  ], { required: true });
  const contact = paragraph(withCounts([
    '欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：', { t: 'field', key: 'profile.phone' },
    '；邮政信箱：', { t: 'field', key: 'profile.mailAddress' }, '；电子邮箱：', { t: 'field', key: 'profile.email' }, '。',
  ]), 'contact');
  d.body = [preamble, organisation, rectification, further, plan, contact];
  return d;
}

/** A 半年工作总结及下半年工作计划 shaped like qingcheng's, written cleanly. */
export function cleanSummary(): Draft {
  const d = emptyDraft('work-summary', '2021-06-16T09:00:00.000Z', 'work-summary');
  d.profile = { ...PUTIAN_PROFILE, fullName: '清远市清城区司法局', partyGroupName: '中共清远市清城区司法局党组', shortName: '区司法局' };
  Object.assign(d.fields, {
    title: '清远市清城区司法局2021年上半年工作总结及下半年工作计划',
    signer: '清远市清城区司法局',
    unitName: '清远市清城区司法局',
    docDate: '2021-06-16',
    year: '2021',
  });
  d.body = [
    paragraph('2021年上半年，我区司法行政工作在区委、区政府的正确领导和上级机关的指导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，切实履行司法行政各项职能，取得了一定的成绩。', 'preamble'),
    section('review', '上半年工作回顾', [
      section('generic', '不断加强法治政府建设，提升依法行政水平', [
        section('generic', '持续推进法治清城建设。', [paragraph('一是贯彻落实习近平法治思想，协调组织部门将其纳入3月份的“三会一课”学习内容；二是对全区各街镇、各单位领导班子进行年度书面述法述职；三是牵头组织我区2020年度法治清远建设考评，考评等次为优秀。')], { runIn: true }),
          section('generic', '加强对规范性文件的审查工作。', [paragraph('截至2021年6月，共出具法律意见238份；参加区委常委（扩大）会议7次、区政府常务会议7次，审议议题49项。')], { runIn: true }),
      ]),
      section('generic', '积极化解基层矛盾纠纷，全力维护社会稳定', [
        section('generic', '发挥人民调解委员会作用。', [paragraph('全区共有人民调解委员会252个、调解员1053人。今年1—5月，各人民调解委员会共调解纠纷826宗，调解成功率98.6%。')], { runIn: true }),
      ]),
    ], { required: true }),
    section('issues', '主要存在问题', [
      paragraph('一是基层司法所人员力量不足，部分司法所仅有1名政法专项编制人员；二是法治宣传的针对性和实效性有待进一步提高。'),
    ], { required: true }),
    section('plan', '下一步工作计划', [
      paragraph('2021年下半年，我局将围绕中心工作，充分发挥职能作用，切实抓好以下几方面重点工作。'),
      section('generic', '深入学习贯彻习近平法治思想。', [paragraph('把学习贯彻习近平法治思想作为首要政治任务，推动《法治清远建设规划（2021—2025年）》在我区落地见效。')], { runIn: true }),
      section('generic', '全面推行“五个一”教育矫治模式。', [paragraph('既抓好社区矫正对象的日常监管，又做好教育帮扶工作，切实维护社会和谐稳定。')], { runIn: true }),
    ], { required: true }),
  ];
  return d;
}
