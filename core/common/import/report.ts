// What an import found and what it could not place: shown to the clerk in Chinese, printed by `qicao import`.
import { type Counts, computeCounts } from '../model/counts';
import { COUNT_LABEL } from '../model/counts';
import { DRAFT_FIELDS, PROFILE_FIELDS } from '../model/fields';
import { STATUS_LABEL, STATUSES } from '../model/status';
import type { Block, CountKey, DocType, Draft, DraftFieldKey, Inline, ProblemStatus } from '../model/types';
import { isFollowUp, walk } from '../model/walk';
import { CONFIDENCE_LABEL, type ImportConfidence } from './confidence';
import { plainInline } from '../model/fields';
import { findStatedCounts } from '../model/stated-counts';

export interface ImportItem {
  /** Chinese message for the clerk. */
  message: string;
  /** 1-based line of the cleaned source text (0 when not known). */
  line: number;
  /** The source text concerned (shortened). */
  text: string;
}

export interface ImportReport {
  docType: DocType;
  title: string | null;
  counts: {
    sections: number;
    aspects: number;
    categories: number;
    problems: number;
    measures: number;
    /** Problems repeated in 需进一步整改 sections (not counted again). */
    followUps: number;
  };
  statuses: Record<ProblemStatus, number>;
  fieldsFound: Partial<Record<DraftFieldKey, string>>;
  contact: { phone: string | null; mailAddress: string | null; postcode: string | null; email: string | null } | null;
  /** Counts the text states, against those computed from the parsed ledger. */
  statedCounts: { key: CountKey; stated: number; computed: number }[];
  /** Whether the source was written in Traditional characters (converted unless the clerk kept it). */
  script: 'simplified' | 'traditional';
  /** How sure the import is (see confidence.ts). */
  confidence: ImportConfidence;
  /** Blocks marked `uncertain` in the draft. */
  uncertain: ImportItem[];
  /** Text that could not be placed in the draft. */
  unplaced: ImportItem[];
  /** What cleaning did (web chrome removed, line breaks restored…). */
  notes: string[];
}

export const shorten = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The totals the text states (model/stated-counts), outside the ledger's problems, against the parsed ledger. */
export function statedCounts(body: Block[], counts: Counts): ImportReport['statedCounts'] {
  const out: ImportReport['statedCounts'] = [];
  const seen = new Set<string>();
  const visit = (content: Inline[]): void => {
    for (const s of findStatedCounts(plainInline(content))) {
      const id = `${s.key}:${s.value}`;
      if (seen.has(id) || s.key === 'completionRate') continue;
      seen.add(id);
      out.push({ key: s.key, stated: s.value, computed: counts[s.key] });
    }
  };
  const inProblem = new Set<string>();
  walk(body, (b) => {
    if (b.type === 'problem') walk([b], (c) => inProblem.add(c.id));
  });
  walk(body, (b) => {
    if (inProblem.has(b.id)) return;
    if (b.type === 'paragraph') visit(b.content);
    else if (b.type === 'section') visit(b.heading);
    else if (b.type === 'enumeration') {
      visit(b.lead);
      b.items.forEach((i) => visit(i.content));
    }
  });
  return out;
}

export function baseReport(draft: Draft): Omit<ImportReport, 'uncertain' | 'unplaced' | 'notes' | 'script' | 'confidence'> {
  const c = computeCounts(draft.body);
  const statuses = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProblemStatus, number>;
  let followUps = 0;
  walk(draft.body, (b, ctx) => {
    if (b.type !== 'problem') return;
    if (isFollowUp(ctx.ancestors)) followUps++;
    else statuses[b.status]++;
  });
  const p = draft.profile;
  const hasContact = Boolean(p.phone || p.email || p.postcode || p.mailAddress);
  return {
    docType: draft.docType,
    title: draft.fields.title ?? null,
    counts: {
      sections: draft.body.filter((b) => b.type === 'section').length,
      aspects: c.aspects, categories: c.categories, problems: c.problems, measures: c.measures, followUps,
    },
    statuses,
    fieldsFound: { ...draft.fields },
    contact: hasContact ? { phone: p.phone || null, mailAddress: p.mailAddress || null, postcode: p.postcode || null, email: p.email || null } : null,
    statedCounts: statedCounts(draft.body, c),
  };
}

const DOC_TYPE_LABEL: Record<DocType, string> = { rectification: '巡察整改进展情况通报/报告', 'work-summary': '工作总结及工作计划', unknown: '未能识别的文稿' };

/** The report as the CLI prints it. */
export function formatReport(r: ImportReport): string {
  const lines: string[] = [];
  lines.push(`文稿类型：${DOC_TYPE_LABEL[r.docType]}`);
  lines.push(`标题：${r.title ?? '（未找到标题）'}`);
  const c = r.counts;
  lines.push(`结构：${c.sections} 个部分` + (r.docType === 'rectification'
    ? `，${c.aspects} 个方面，${c.categories} 个问题类别，${c.problems} 个具体问题，${c.measures} 项整改措施` + (c.followUps ? `；需进一步整改事项中列出 ${c.followUps} 个问题（不重复计数）` : '')
    : ''));
  if (r.docType === 'rectification') {
    lines.push(`整改状态：${STATUSES.filter((s) => r.statuses[s] > 0).map((s) => `${STATUS_LABEL[s]} ${r.statuses[s]}`).join('，') || '无'}`);
  }
  const labels = new Map<string, string>([...DRAFT_FIELDS, ...PROFILE_FIELDS].map((d) => [d.key, d.label]));
  const fields = Object.entries(r.fieldsFound).filter(([, v]) => v);
  lines.push(`识别的要素：${fields.length ? fields.map(([k, v]) => `${labels.get(k) ?? k}=${v}`).join('；') : '无'}`);
  if (r.contact) {
    const ct = r.contact;
    lines.push(`联系方式：电话 ${ct.phone ?? '—'}；邮政信箱 ${ct.mailAddress ?? '—'}；邮编 ${ct.postcode ?? '—'}；电子邮箱 ${ct.email ?? '—'}`);
  } else lines.push('联系方式：未找到');
  for (const s of r.statedCounts) {
    const mark = s.stated === s.computed ? '一致' : `不一致，解析得到 ${s.computed}`;
    lines.push(`文中写明${COUNT_LABEL[s.key]} ${s.stated}（${mark}）`);
  }
  const cf = r.confidence;
  lines.push(`导入可信度：${CONFIDENCE_LABEL[cf.level]}（已放入文稿 ${Math.round(cf.placed * 100)}% 的文字；${cf.uncertainBlocks} 处需要核对）`);
  for (const n of r.notes) lines.push(`说明：${n}`);
  if (r.uncertain.length) {
    lines.push(`需要核对的内容（${r.uncertain.length} 处）：`);
    for (const u of r.uncertain) lines.push(`  · 第 ${u.line} 行：${u.message}——“${u.text}”`);
  }
  if (r.unplaced.length) {
    lines.push(`未能放入文稿的内容（${r.unplaced.length} 处）：`);
    for (const u of r.unplaced) lines.push(`  · 第 ${u.line} 行：${u.message}——“${u.text}”`);
  }
  return `${lines.join('\n')}\n`;
}
