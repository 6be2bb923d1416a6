// What a top-level section is for, from its words: 组织领导, 整改情况, 需进一步整改, 下一步计划, 工作回顾, 存在问题.
import { statusFromPhrase } from '../../model/status';
import type { DocType, ProblemStatus, SectionRole } from '../../model/types';

const FURTHER = /(进一步整改|需要?.{0,4}整改的(事项|问题)|尚未完成|未完成整改|未完成的|基本完成整改的|持续整改的|整改不到位的)/;
const PLAN = /(下一?步|工作计划|工作打算|工作安排|今后|努力方向|工作思路|下半年|明年)/;
const RECTIFICATION = /(整改(落实)?情况|反馈问题|整改(工作)?取得|问题整改|整改成效|真改实改|整改进展|整改落实)/;
const ORGANISATION = /(组织领导|加强领导|高度重视|政治站位|政治责任|思想认识|扛起|压实|整改工作开展|推进整改|主体责任|整改工作|部署|学习贯彻)/;
const REVIEW = /(回顾|总结|完成情况|工作情况|主要工作|取得的?(成绩|成效)|开展情况|工作进展|主要做法|工作成效)/;
const ISSUES = /(存在(的)?(主要)?问题|不足|短板|困难|差距|薄弱)/;

export function topRoleFromWords(text: string, docType: DocType): SectionRole | null {
  const t = text.slice(0, 40);
  if (docType === 'work-summary') {
    if (PLAN.test(t)) return 'plan';
    if (ISSUES.test(t)) return 'issues';
    if (REVIEW.test(t)) return 'review';
    return null;
  }
  if (FURTHER.test(t)) return 'further';
  if (PLAN.test(t)) return 'plan';
  if (RECTIFICATION.test(t)) return 'rectification';
  if (ORGANISATION.test(t)) return 'organisation';
  return null;
}

/** "（一）基本完成整改的问题": a grouping by status; its problems take that status unless they state one. */
export function groupStatus(heading: string): ProblemStatus | null {
  if (heading.length > 30 || !/(问题|事项|任务)/.test(heading)) return null;
  return statusFromPhrase(heading);
}
