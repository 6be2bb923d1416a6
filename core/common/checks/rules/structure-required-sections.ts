// The parts a 巡察整改进展情况通报 must have (DESIGN.md §2): 组织领导, 整改情况, 下一步; a 工作总结 needs its review and plan.
import type { SectionBlock, SectionRole } from '../../model/types';
import { plainInline } from '../../model/fields';
import type { Rule } from '../types';

interface Need {
  role: SectionRole;
  label: string;
  /** A generic or imported heading that plays the part. */
  heading: RegExp;
}

const RECTIFICATION: Need[] = [
  { role: 'organisation', label: '组织领导', heading: /组织|领导|部署|责任|站位|政治/ },
  { role: 'rectification', label: '整改情况', heading: /整改(情况|落实|成效)|反馈问题|问题.*整改|真改实改/ },
  { role: 'plan', label: '下一步计划', heading: /下一步|计划|安排|打算/ },
];
const SUMMARY: Need[] = [
  { role: 'review', label: '工作回顾', heading: /回顾|工作(情况|成效)|主要工作|总结/ },
  { role: 'plan', label: '工作计划', heading: /下一步|计划|安排|打算/ },
];

export const structureRequiredSections: Rule = {
  id: 'structure.required-sections',
  severity: 'error',
  name: '必备部分',
  draft: ({ draft }, report) => {
    const needs = draft.docType === 'rectification' ? RECTIFICATION : draft.docType === 'work-summary' ? SUMMARY : [];
    const top = draft.body.filter((b): b is SectionBlock => b.type === 'section');
    for (const need of needs) {
      const found = top.some((s) => s.role === need.role || (s.role === 'generic' && need.heading.test(plainInline(s.heading))));
      if (found) continue;
      report({
        location: { blockId: null },
        key: need.role,
        severity: draft.docType === 'rectification' ? 'error' : 'warning',
        message: `缺少“${need.label}”部分（一级标题）。`,
        excerpt: need.label,
      });
    }
    // A section the template marks as required must keep a heading.
    for (const s of top) {
      if (s.required && !plainInline(s.heading).trim() && !s.heading.some((p) => p.t !== 'text')) {
        report({ location: { blockId: s.id, field: 'heading' }, message: '必备部分的标题为空。', excerpt: s.guidance ?? '' });
      }
    }
  },
};
