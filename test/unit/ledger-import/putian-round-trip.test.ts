// The putian ledger (38 problems) exported as XLSX by Qicao and imported again: nothing lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importNoticeText } from '../../../core/common/import/index';
import { ledgerRows } from '../../../core/common/ledger/index';
import { draftFromLedger, parseLedgerGrid } from '../../../core/common/ledger-table/index';
import { plainInline } from '../../../core/common/model/fields';
import type { ProblemBlock } from '../../../core/common/model/types';
import { ledgerProblems } from '../../../core/common/model/walk';
import { buildLedgerXlsx } from '../../../core/node/export/export-ledger';
import { ledgerGridFromBytes } from '../../../core/node/ledger-files/index';
import { NOTICES_DIR, itShared } from '../../support/shared';
import { builtinTemplates } from '../../support/templates';
import { instantiateTemplate } from '../../../core/common/templates/engine';
import { EMPTY_PROFILE } from '../../../core/common/model/types';

const trim = (s: string) => s.replace(/[；;，,。\s]+$/u, '');

itShared('putian: export → import gives the same 38 problems, aspects, categories, measures and ledger facts', async () => {
  const { draft } = importNoticeText(readFileSync(join(NOTICES_DIR, 'putian-sfj-2025-notice.txt'), 'utf8'));
  const problems = ledgerProblems(draft.body).map((x) => x.problem);
  expect(problems).toHaveLength(38);
  // Ledger facts the notice does not state, set as a clerk would, so they round-trip too.
  const statuses = ['done', 'mostly-done', 'not-done', 'ongoing', 'long-term'] as const;
  problems.forEach((p: ProblemBlock, i) => {
    p.status = statuses[i % 5]!;
    p.unit = i % 3 ? '办公室' : '政工科、法制科';
    p.leader = `领导${i % 4}`;
    p.deadline = i % 2 ? '2025-06-30' : '2025年12月底';
    if (i % 7 === 0) p.progress = [{ text: `第${i}项已完成阶段任务。`, date: '2025-03-01' }];
  });
  const bytes = await buildLedgerXlsx(draft);
  const table = parseLedgerGrid(await ledgerGridFromBytes(bytes, 'putian.xlsx'));
  const exported = ledgerRows(draft);
  expect(table.rows).toHaveLength(38);
  table.rows.forEach((r, i) => {
    const e = exported[i]!;
    const p = problems[i]!;
    expect(r.problem).toBe(plainInline(p.title).trim());
    // The export's 方面 band carries its computed ordinal (（一）…); import takes the heading without it.
    expect(r.aspect).toBe(e.aspect.replace(/^（[一二三四五六七八九十]+）/u, ''));
    expect(r.category).toBe(e.category);
    expect(r.measures.map(trim)).toEqual(p.measures.map((m) => trim(plainInline(m.content))));
    expect(r.status).toBe(p.status);
    expect(r.unit).toBe(p.unit);
    expect(r.leader).toBe(p.leader);
    expect(r.deadline).toBe(p.deadline);
    expect(r.progress).toBe(p.progress?.[0]?.text ?? '');
  });
  // And into a new draft from the template: the same ledger, counted the same.
  const t = builtinTemplates().find((x) => x.id === 'rectification-notice')!;
  const now = '2025-04-01T08:00:00.000Z';
  const again = draftFromLedger(instantiateTemplate(t, { profile: { ...EMPTY_PROFILE }, now }), table.rows, now);
  const back = ledgerRows(again);
  expect(back.map(({ index: _i, measures, ...rest }) => ({ ...rest, measures: measures.split('\n').map((m) => trim(m.replace(/^[一二三四五六七八九十]+是/, ''))) })))
    .toEqual(exported.map(({ index: _i, measures, ...rest }) => ({ ...rest, measures: measures.split('\n').map((m) => trim(m.replace(/^[一二三四五六七八九十]+是|^（\d+）|^\d+\./, ''))) })));
});
