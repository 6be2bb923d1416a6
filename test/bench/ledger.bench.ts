// The ledger from Excel and the collection round: a 500-row ledger workbook read and made into a draft, and 20
// returned fill-in workbooks read, reviewed and applied, each within 200 ms.
import ExcelJS from 'exceljs';
import {
  type MergeReview, type ReturnedFile, applyReturns, draftFromLedger, parseLedgerGrid, planCollection, reviewReturns,
} from '../../core/common/ledger-table/index';
import { type Draft, EMPTY_PROFILE } from '../../core/common/model/types';
import { instantiateTemplate } from '../../core/common/templates/engine';
import { buildCollectWorkbook, ledgerGridFromBytes, returnedFromGrid } from '../../core/node/ledger-files/index';
import { builtinTemplates } from '../support/templates';
import type { Benchmark } from './harness';

const NOW = '2025-04-01T08:00:00.000Z';
const STATUSES = ['已完成', '基本完成', '正在整改', '未完成', '长期坚持'];

async function ledgerWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('问题清单');
  ws.addRow(['巡察反馈问题整改台账']);
  ws.mergeCells(1, 1, 1, 8);
  ws.addRow(['序号', '方面', '具体问题', '整改措施', '责任领导', '责任单位', '完成时限', '完成情况']);
  for (let i = 0; i < rows; i++) {
    ws.addRow([i + 1, `第${Math.floor(i / 50) + 1}个方面：落实全面从严治党责任方面`, `第${i + 1}个问题：制度执行不够严格，监督检查流于形式`,
      '一是修订完善相关制度；二是开展专项检查；三是建立长效机制。', `领导${i % 5}`, `科室${i % 20}`, '2025年12月底', STATUSES[i % 5]]);
  }
  // 方面 merged down each block of 50 rows, as clerks lay the ledger out.
  for (let b = 0; b < rows / 50; b++) ws.mergeCells(3 + b * 50, 2, 2 + (b + 1) * 50, 2);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const template = () => instantiateTemplate(builtinTemplates().find((t) => t.id === 'rectification-notice')!, { profile: { ...EMPTY_PROFILE }, now: NOW });

let book: Uint8Array;
let problems = 0;
let draft: Draft;
let returns: Uint8Array[] = [];
let review: MergeReview;

async function filled(bytes: Uint8Array, k: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('进展征集')!;
  ws.eachRow((row, n) => {
    if (n < 3) return;
    row.getCell(8).value = STATUSES[(n + k) % 5];
    row.getCell(9).value = `本期已推进第${n}项工作，形成制度文件${k}份。`;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const benchmarks: Benchmark[] = [
  {
    name: '台账导入：500 行 Excel 台账 → 预览 → 新文稿（含合并单元格）',
    target: '≤ 200 ms',
    runs: 15,
    setup: async () => {
      book = await ledgerWorkbook(500);
    },
    run: async () => {
      const table = parseLedgerGrid(await ledgerGridFromBytes(book, '台账.xlsx'));
      problems = draftFromLedger(template(), table.rows, NOW).body.length > 0 ? table.rows.length : 0;
    },
    extra: () => ({ 问题: String(problems), 文件: `${(book.length / 1024).toFixed(0)} KB` }),
  },
  {
    name: '进展征集：合并 20 个单位退回的征集表（读取、核对、采用）',
    target: '≤ 200 ms',
    runs: 15,
    setup: async () => {
      const table = parseLedgerGrid(await ledgerGridFromBytes(await ledgerWorkbook(500), '台账.xlsx'));
      const plan = planCollection(draftFromLedger(template(), table.rows, NOW), NOW);
      draft = plan.draft;
      returns = await Promise.all(plan.sheets.map(async (s, k) => filled(await buildCollectWorkbook(s), k)));
    },
    run: async () => {
      const files: ReturnedFile[] = await Promise.all(returns.map(async (b, i) => returnedFromGrid(await ledgerGridFromBytes(b, `退回${i}.xlsx`))));
      review = reviewReturns(draft, files);
      applyReturns(draft, review, new Set(review.updates.filter((u) => u.accept).map((u) => u.key)), NOW);
    },
    extra: () => ({ 文件: String(returns.length), 更新: String(review.updates.length), 冲突: String(review.conflicts) }),
  },
];

export default benchmarks;
