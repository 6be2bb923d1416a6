// A ledger table into a draft: a new draft from the template (section 二 built, counts bound, 三 generated), or a
// merge into an existing draft's ledger with added / changed / unchanged / missing rows chosen one by one.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  type LedgerTableRow, applyLedgerTable, diffLedgerTable, draftFromLedger,
} from '../../../core/common/ledger-table/index';
import { computeCounts } from '../../../core/common/model/counts';
import { plainInline } from '../../../core/common/model/fields';
import { EMPTY_PROFILE } from '../../../core/common/model/types';
import { ledgerProblems } from '../../../core/common/model/walk';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { instantiateTemplate } from '../../../core/common/templates/engine';
import { readLedgerTable } from '../../../core/node/ledger-files/index';
import { builtinTemplates } from '../../support/templates';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'ledger');
const NOW = '2025-04-01T08:00:00.000Z';
const template = () => instantiateTemplate(builtinTemplates().find((t) => t.id === 'rectification-notice')!, {
  profile: { ...EMPTY_PROFILE, fullName: '某某县司法局', partyGroupName: '中共某某县司法局党组', shortName: '县司法局' }, now: NOW,
});

async function fromVariant1() {
  const t = await readLedgerTable(join(FIX, 'variant1-merged-aspects.xlsx'));
  return { rows: t.rows, draft: draftFromLedger(template(), t.rows, NOW) };
}

test('new draft from a ledger workbook: section 二 holds the ledger, the counts read from it, 三 lists the unfinished', async () => {
  const { draft } = await fromVariant1();
  const c = computeCounts(draft.body);
  expect([c.aspects, c.problems, c.measures, c.done, c.mostlyDone, c.notDone]).toEqual([3, 6, 10, 3, 1, 2]);
  const text = renderPlainText(draft);
  expect(text).toContain('对照巡察反馈的3个方面6个具体问题，逐项制定10项整改措施。截至目前，已完成整改3个，基本完成1个，正在推进或未完成2个。');
  expect(text).toContain('法治宣传教育针对性不强');
  expect(text).toContain('完善党组理论学习中心组学习制度');
  // The template's empty example aspect is gone; the three aspects are in table order.
  const rect = draft.body.find((b) => b.type === 'section' && b.role === 'rectification')!;
  const aspects = rect.type === 'section' ? rect.children.filter((b) => b.type === 'section').map((b) => b.type === 'section' ? plainInline(b.heading) : '') : [];
  expect(aspects).toEqual(['贯彻落实党的路线方针政策和党中央决策部署方面', '落实全面从严治党战略部署方面', '落实巡察整改和意识形态工作责任制方面']);
  const further = draft.body.find((b) => b.type === 'section' && b.role === 'further')!;
  const groups = further.type === 'section' ? further.children.map((g) => g.type === 'section' ? [plainInline(g.heading), g.children.length] : []) : [];
  expect(groups).toEqual([['基本完成整改的问题', 1], ['正在推进整改的问题', 1], ['未完成整改的问题', 1]]);
  const p = ledgerProblems(draft.body).find((x) => plainInline(x.problem.title).startsWith('“三重一大”'))!.problem;
  expect([p.unit, p.leader, p.deadline, p.status]).toEqual(['办公室、政工科', '王强', '2025-03-31', 'ongoing']);
});

test('merge into an existing draft: each row added, changed, unchanged or missing; only the chosen rows applied', async () => {
  const { draft, rows } = await fromVariant1();
  const next: LedgerTableRow[] = structuredClone(rows);
  next[1]!.status = 'done'; // 法治宣传 → 已完成
  next[1]!.progress = '已印发普法责任清单。';
  next[2]!.problem = '矛盾纠纷排查化解机制还不够健全'; // reworded by the unit: still the same problem
  next[2]!.measures.push('每月通报排查情况。');
  next.splice(4, 1); // 公务接待 missing from the table
  next.push({ ...structuredClone(rows[0]!), line: 99, problem: '干部教育培训计划执行不到位', measures: ['制定年度培训计划。'], status: 'not-done' });
  const diff = diffLedgerTable(draft, next);
  const kinds = Object.fromEntries(diff.map((d) => [d.title, d.change]));
  expect(kinds).toMatchObject({
    法治宣传教育针对性不强: 'changed', 矛盾纠纷排查化解机制不健全: 'changed', 公务接待管理不规范: 'missing',
    干部教育培训计划执行不到位: 'added', 意识形态阵地管理存在薄弱环节: 'unchanged',
  });
  const reworded = diff.find((d) => d.title === '矛盾纠纷排查化解机制不健全')!;
  expect(reworded.match).toBe('text');
  expect(reworded.changes.map((c) => c.label)).toEqual(['新增整改措施']);
  expect(reworded.notes[0]).toContain('保留文稿原文');
  expect(diff.find((d) => d.change === 'missing')!.accept).toBe(false);
  // The clerk takes the status change and the new problem, not the extra measure, and keeps the missing one.
  const accepted = new Set(diff.filter((d) => d.title === '法治宣传教育针对性不强' || d.change === 'added').map((d) => d.key));
  const merged = applyLedgerTable(draft, next, diff, accepted, NOW);
  const problems = ledgerProblems(merged.body).map((x) => x.problem);
  expect(problems.map((p) => plainInline(p.title))).toContain('干部教育培训计划执行不到位');
  expect(problems.map((p) => plainInline(p.title))).toContain('公务接待管理不规范');
  const fz = problems.find((p) => plainInline(p.title) === '法治宣传教育针对性不强')!;
  expect(fz.status).toBe('done');
  expect(fz.progress?.at(-1)?.text).toBe('已印发普法责任清单。');
  expect(problems.find((p) => plainInline(p.title).startsWith('矛盾纠纷'))!.measures).toHaveLength(2);
  // Added under the aspect it names; the counts and 三 follow.
  const c = computeCounts(merged.body);
  expect([c.aspects, c.problems, c.done, c.mostlyDone]).toEqual([3, 7, 4, 0]);
  expect(renderPlainText(merged)).toContain('已完成整改4个，基本完成0个');
  // The original draft is untouched.
  expect(ledgerProblems(draft.body)).toHaveLength(6);
});
