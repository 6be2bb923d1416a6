// The false-positive budget: correctly written drafts — our own and every built-in template filled in — give no errors.
import { describe, expect, it } from 'vitest';
import { checkDraft, countBySeverity } from '../../../core/common/checks/index';
import { measure } from '../../../core/common/model/build';
import type { Draft, Inline } from '../../../core/common/model/types';
import { walk } from '../../../core/common/model/walk';
import { instantiateTemplate } from '../../../core/common/templates/engine';
import { PUTIAN_PROFILE } from '../../support/profiles';
import { putianSizeDraft } from '../../support/synthetic-draft';
import { builtinTemplates } from '../../support/templates';
import { cleanRectification, cleanSummary } from './clean-drafts';

const summary = (d: Draft) => checkDraft(d).map((f) => `${f.severity} ${f.ruleId}: ${f.message} | ${f.excerpt}`);

describe('clean drafts', () => {
  it('a rectification notice in clean GB/T style has no findings at all', () => {
    expect(summary(cleanRectification())).toEqual([]);
  });
  it('a work summary in clean GB/T style has no findings at all', () => {
    expect(summary(cleanSummary())).toEqual([]);
  });
});

const HEADINGS = ['聚焦党中央重大决策部署贯彻落实情况', '学习贯彻习近平法治思想不够深入', '全面依法治区工作推进不够有力'];
const TITLES = ['针对理论学习不够深入的问题', '针对议事决策程序不够规范的问题'];
const SENTENCES = [
  '局党组召开专题会议研究部署巡察整改工作，成立由党组书记任组长的整改工作领导小组，逐项明确责任领导、责任单位和完成时限。',
  '建立整改工作周调度、月通报制度，对整改进度滞后的事项及时督办，做到整改一项、销号一项。',
  '严格落实党组“第一议题”制度，全年召开中心组学习会12次，组织专题研讨4次。',
  '修订《党组工作规则》《“三重一大”决策制度实施细则》，规范议事决策程序。',
  '对已经完成整改的问题适时开展“回头看”，巩固整改成果，防止问题反弹回潮。',
  '坚持把巡察整改与业务工作结合起来，推动法治政府建设示范创建取得新进展。',
];
const text = (s: string): Inline[] => [{ t: 'text', text: s }];

/** What a clerk does with a new draft: fill every slot the template left, set statuses and dates. */
function fillIn(d: Draft): Draft {
  let n = 0;
  const next = () => SENTENCES[n++ % SENTENCES.length]!;
  Object.assign(d.fields, {
    inspectionGroup: '区委第一巡察组', inspectionStart: '2024-04-08', inspectionEnd: '2024-05-31', feedbackDate: '2024-07-15', docDate: '2025-02-17',
  });
  walk(d.body, (b) => {
    if (b.type === 'paragraph' && !b.content.length) b.content = text(next());
    if (b.type === 'section' && !b.heading.length) b.heading = text(b.runIn ? '扎实推进法治政府建设。' : HEADINGS[n++ % HEADINGS.length]!);
    if (b.type === 'section' && b.role === 'further' && !b.children.length) {
      b.children.push({ type: 'paragraph', id: `p_further_${n}`, content: text('经逐项对账，反馈问题已全部完成整改，无需要进一步整改的事项。') });
    }
    if (b.type === 'problem') {
      if (!b.title.length) b.title = text(b.form === 'inline' ? TITLES[n++ % TITLES.length]! : '理论学习不够深入。');
      b.status = 'done';
      if (b.form === 'inline') b.statusPhrase = '已完成整改';
      b.measures = [measure(next()), measure(next())];
    }
  });
  return d;
}

describe('the synthetic putian-size draft (38 problems, ≈17,000 characters)', () => {
  it('has no errors but the placeholder name it uses for the 签发人', () => {
    const errors = checkDraft(putianSizeDraft()).filter((f) => f.severity === 'error');
    expect(errors.filter((f) => !(f.ruleId === 'structure.placeholder' && f.location.field === 'issuer')).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

describe('built-in templates, filled in', () => {
  const templates = builtinTemplates();
  it('are all checked', () => {
    expect(templates.length).toBeGreaterThanOrEqual(3);
  });
  for (const t of templates) {
    it(`${t.id}: no errors or warnings once filled in`, () => {
      const d = fillIn(instantiateTemplate(t, { profile: PUTIAN_PROFILE, now: '2025-02-17T09:00:00.000Z' }));
      const found = checkDraft(d).filter((f) => f.severity !== 'info');
      expect(found.map((f) => `${f.ruleId}: ${f.message} | ${f.excerpt}`)).toEqual([]);
    });
    it(`${t.id}: a fresh draft lists what is still to fill in, as errors`, () => {
      const d = instantiateTemplate(t, { profile: PUTIAN_PROFILE, now: '2025-02-17T09:00:00.000Z' });
      const c = countBySeverity(checkDraft(d));
      expect(c.error).toBeGreaterThan(0);
    });
  }
});
