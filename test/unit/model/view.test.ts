import { describe, expect, it } from 'vitest';
import { measure, paragraph, problem, section } from '../../../core/common/model/build';
import type { Draft, ProblemStatus } from '../../../core/common/model/types';
import { regenerateFurtherSection } from '../../../core/common/model/further';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { ledgerFigures, statusFigureItems } from '../../../core/common/view/figures';
import { problemText } from '../../../core/common/view/problem';
import { emptyDraft } from '../../../core/common/model/build';

describe('problem view', () => {
  it('never prints a bare 整改情况： label: a heading problem without measures prints only a stated status', () => {
    expect(problemText({ form: 'heading', measuresLabel: '整改情况', measureCount: 0 }, '问题').leadLine).toBe('');
    expect(problemText({ form: 'heading', measuresLabel: '整改情况', statusPhrase: '已完成整改', measureCount: 0 }, '问题').leadLine)
      .toBe('整改情况：已完成整改。');
    expect(problemText({ form: 'heading', measuresLabel: '整改情况', measureCount: 2 }, '问题').measuresLead).toBe('整改情况：');
  });

  it('closes an inline title with 。 unless it ends a sentence already or a status phrase follows', () => {
    expect(problemText({ form: 'inline', measureCount: 1 }, '学习不够深入').titleSuffix).toBe('。');
    expect(problemText({ form: 'inline', measureCount: 1 }, '学习不够深入。').titleSuffix).toBe('');
    expect(problemText({ form: 'inline', statusPhrase: '已完成整改', measureCount: 1 }, '学习不够深入').titleSuffix).toBe('，已完成整改。');
  });

  it('section 三 generated from the ledger prints no empty 整改情况： line', () => {
    const statuses: ProblemStatus[] = ['done', 'mostly-done', 'ongoing', 'not-done'];
    const ledger = section('rectification', '整改情况', [section('aspect', '方面', statuses.map((s, i) => problem(`问题${i}`, [measure('措施')], { status: s })))]);
    const draft: Draft = { ...emptyDraft('rectification', '2025-01-01T00:00:00Z'), body: [paragraph('导语'), ledger] };
    draft.body = regenerateFurtherSection(draft.body);
    const text = renderPlainText(draft);
    expect(text).toContain('需要进一步整改');
    expect(text).not.toMatch(/整改情况：\n/u);
  });
});

describe('ledger figures', () => {
  it('one count per status, the same the filter shows; 完成率 over all problems counting 长期坚持 as done', () => {
    const statuses: ProblemStatus[] = ['done', 'done', 'long-term', 'not-done', 'not-done', 'ongoing', 'unknown', 'mostly-done'];
    const body = [section('rectification', '整改情况', [section('aspect', 'A', statuses.map((s) => problem('问题', [], { status: s })))])];
    const f = ledgerFigures(body);
    expect(f.byStatus).toEqual({ done: 2, 'long-term': 1, 'not-done': 2, ongoing: 1, unknown: 1, 'mostly-done': 1 });
    expect(f.completed).toBe(3);
    expect(f.completionRate).toBe(38);
    expect(statusFigureItems(f).map((i) => `${i.label}${i.count}`)).toEqual(['已完成2', '基本完成1', '未完成2', '持续推进1', '长期坚持1', '未标明1']);
  });
});
