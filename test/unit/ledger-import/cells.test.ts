// Cell values as clerks type them: measures in one cell, status phrasings, date forms, header names.
import { describe, expect, test } from 'vitest';
import { classifyHeader, parseDeadline, parseStatus, splitMeasures } from '../../../core/common/ledger-table/index';

describe('several measures in one cell', () => {
  test.each([
    ['一是完善学习制度；二是开展专题研讨。', ['完善学习制度', '开展专题研讨。']],
    ['1.制定责任清单。2.开展普法活动。', ['制定责任清单。', '开展普法活动。']],
    ['（1）建立排查制度；（2）完善培训。', ['建立排查制度', '完善培训。']],
    ['①清理台账②建立制度', ['清理台账', '建立制度']],
    ['修订议事规则\n明确决策清单', ['修订议事规则', '明确决策清单']],
    ['落实《条例》第（1）项要求。', ['落实《条例》第（1）项要求。']],
    ['严格执行2024.12月前的标准', ['严格执行2024.12月前的标准']],
  ])('%s', (cell, expected) => expect(splitMeasures(cell)).toEqual(expected));
});

describe('status phrasings', () => {
  test.each([
    ['已完成', 'done'], ['已整改', 'done'], ['完成', 'done'], ['是', 'done'], ['整改完成。', 'done'],
    ['基本完成', 'mostly-done'], ['阶段性成效', 'mostly-done'], ['已取得阶段性成效', 'mostly-done'],
    ['正在整改', 'ongoing'], ['持续推进', 'ongoing'], ['整改中', 'ongoing'],
    ['长期坚持', 'long-term'], ['已完成并长期坚持', 'done'],
    ['未完成', 'not-done'], ['否', 'not-done'], ['尚未完成整改', 'not-done'],
  ] as const)('%s → %s', (text, status) => expect(parseStatus(text)).toBe(status));
  test('no status stated', () => expect(parseStatus('详见附件')).toBeNull());
});

describe('dates as people type them', () => {
  test.each([
    ['2024年12月底', '2024年12月底'], ['2024.12', '2024年12月'], ['2024-12', '2024年12月'], ['长期坚持', '长期坚持'],
    ['2024年12月31日', '2024-12-31'], ['2024.3.5', '2024-03-05'], ['2024/12/31', '2024-12-31'], ['2024.13', '2024.13'], ['45797', '2025-05-20'],
  ])('%s → %s', (typed, stored) => expect(parseDeadline(typed)).toBe(stored));
});

describe('header names', () => {
  test.each([
    ['序号', 'index'], ['问题类别', 'category'], ['方面', 'aspect'], ['具体问题', 'problem'], ['存在问题', 'problem'],
    ['反馈问题', 'problem'], ['整改措施', 'measures'], ['整改任务', 'measures'], ['责任领导', 'leader'],
    ['牵头单位', 'unit'], ['责任部门', 'unit'], ['责任人', 'person'], ['完成时限', 'deadline'], ['整改时限', 'deadline'],
    ['完成情况', 'progress'], ['整改进展', 'progress'], ['整改成效', 'progress'], ['状态', 'status'], ['是否完成', 'status'],
    ['佐证材料', 'evidence'], ['备 注', 'notes'],
  ] as const)('%s → %s', (h, kind) => expect(classifyHeader(h)).toBe(kind));
  test('a sentence is not a header', () => expect(classifyHeader('部分干部服务意识不强的问题需要整改')).toBeNull());
});
