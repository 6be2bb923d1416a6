// Which kind of text this is: a 巡察整改 notice/report, a 工作总结, or something else.
import type { DocType } from '../../model/types';
import { MEASURES_LABEL_INSIDE } from './ordinals';

export function detectDocType(title: string | null, body: string): DocType {
  if (title) {
    if (/整改/.test(title) && /(巡察|巡视|反馈|通报|报告|情况)/.test(title)) return 'rectification';
    if (/(工作总结|工作计划|工作回顾|总结|述职)/.test(title)) return 'work-summary';
  }
  const inspections = (body.match(/巡[察视]/g) ?? []).length;
  const rectifications = (body.match(/整改/g) ?? []).length;
  if (inspections >= 2 && rectifications >= 3) return 'rectification';
  // The ledger's own shapes: measure labels, or "针对…的问题，已完成整改".
  if (MEASURES_LABEL_INSIDE.test(body) || /针对[^。]{0,200}?问题，(已|基本|尚未|正在)/.test(body)) return 'rectification';
  if (/(工作总结|工作回顾|工作计划|上半年|下半年|全年工作)/.test(body.slice(0, 2000))) return 'work-summary';
  if (rectifications >= 5) return 'rectification';
  return 'unknown';
}
