// Ledger tables written by real writers — LibreOffice (Calc from HTML and a GBK CSV, Writer from HTML: see
// test/fixtures/ledger/src/make-fixtures.sh), exceljs, and CSV as WPS saves it — in six header variants.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ParsedLedgerTable } from '../../../core/common/ledger-table/index';
import { readLedgerTable } from '../../../core/node/ledger-files/index';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'ledger');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qicao-ledger-'));
});

const brief = (t: ParsedLedgerTable) => t.rows.map((r) => ({ aspect: r.aspect, problem: r.problem, measures: r.measures.length, unit: r.unit, deadline: r.deadline, status: r.status }));

describe('variant 1: LibreOffice Calc workbook, 方面 merged down the rows, 完成情况 words', () => {
  test('every problem under its merged aspect, measures split, statuses and dates read', async () => {
    const t = await readLedgerTable(join(FIX, 'variant1-merged-aspects.xlsx'));
    expect(t.headerRow).toBe(1); // a title row above the header
    expect(t.mapping.slice(0, 8)).toEqual(['index', 'aspect', 'problem', 'measures', 'leader', 'unit', 'deadline', 'progress']);
    expect(brief(t)).toEqual([
      { aspect: '贯彻落实党的路线方针政策和党中央决策部署方面', problem: '学习贯彻习近平新时代中国特色社会主义思想不够深入', measures: 2, unit: '办公室', deadline: '2024年12月底', status: 'done' },
      { aspect: '贯彻落实党的路线方针政策和党中央决策部署方面', problem: '法治宣传教育针对性不强', measures: 2, unit: '普法与依法治理科', deadline: '2024年12月', status: 'mostly-done' },
      { aspect: '贯彻落实党的路线方针政策和党中央决策部署方面', problem: '矛盾纠纷排查化解机制不健全', measures: 2, unit: '人民参与和促进法治科', deadline: '长期坚持', status: 'long-term' },
      { aspect: '落实全面从严治党战略部署方面', problem: '“三重一大”事项集体决策制度执行不严格', measures: 1, unit: '办公室、政工科', deadline: '2025-03-31', status: 'ongoing' },
      { aspect: '落实全面从严治党战略部署方面', problem: '公务接待管理不规范', measures: 2, unit: '办公室', deadline: '2024-11-30', status: 'not-done' },
      { aspect: '落实巡察整改和意识形态工作责任制方面', problem: '意识形态阵地管理存在薄弱环节', measures: 1, unit: '政工科', deadline: '2024-12-31', status: 'done' },
    ]);
    expect(t.rows[1]!.measures).toEqual(['制定年度普法责任清单。', '开展“法律进乡村”活动。']);
    expect(t.rows[0]!.leader).toBe('张明');
  });
});

describe('variant 2: 问题类别/存在问题/整改任务/牵头单位/是否完成, CSV in GBK and Calc’s workbook of it', () => {
  for (const f of ['variant2-gbk.csv', 'variant2-from-csv.xlsx']) {
    test(f, async () => {
      const t = await readLedgerTable(join(FIX, f));
      // 问题类别 without a 方面 column serves as the aspect.
      expect(t.mapping).toEqual(['index', 'aspect', 'problem', 'measures', 'unit', 'person', 'deadline', 'status']);
      expect(brief(t)).toEqual([
        { aspect: '作风建设', problem: '部分干部服务意识不强，群众办事“门难进、脸难看”', measures: 2, unit: '政务服务中心', deadline: '2024-10-31', status: 'done' },
        { aspect: '作风建设', problem: '会议文件精简不到位', measures: 1, unit: '办公室', deadline: '2024年12月', status: 'not-done' },
        { aspect: '制度建设', problem: '内部控制制度不健全', measures: 2, unit: '财务科', deadline: '2025年3月', status: 'mostly-done' },
      ]);
      expect(t.rows[0]!.person).toBe('吴刚');
    });
  }
});

describe('variant 3: two-row header (责任 over 领导/部门/人), 方面 as bands across the table', () => {
  test('bands become aspects; the second header line maps the grouped columns; status from 整改进展', async () => {
    const t = await readLedgerTable(join(FIX, 'variant3-two-row-header.xlsx'));
    expect(t.mapping.slice(0, 8)).toEqual(['index', 'problem', 'measures', 'leader', 'unit', 'person', 'deadline', 'progress']);
    expect(brief(t).map((r) => [r.aspect, r.problem, r.unit, r.status])).toEqual([
      ['党的领导弱化方面', '食品安全监管责任落实不到位', '食品安全科', 'mostly-done'],
      ['党的领导弱化方面', '特种设备安全隐患排查不彻底', '特种设备科', 'done'],
      ['党的建设缺失方面', '基层党组织“三会一课”制度落实不严格', '机关党委', 'ongoing'],
      ['党的建设缺失方面', '党员发展程序不规范', '机关党委', 'not-done'],
    ]);
    expect(t.rows[0]!.progress).toBe('已完成专项检查，取得阶段性成效。');
  });
});

describe('variant 4: a Word table (整改方案 附件) written by LibreOffice Writer', () => {
  test('the table inside the document text is found and read', async () => {
    const t = await readLedgerTable(join(FIX, 'variant4-docx-table.docx'));
    expect(t.mapping).toEqual(['index', 'problem', 'measures', 'unit', 'deadline', 'status']);
    expect(brief(t).map((r) => [r.problem, r.measures, r.unit, r.deadline, r.status])).toEqual([
      ['村级财务管理不规范，部分村存在白条入账', 2, '财政所', '2024年9月', 'done'],
      ['乡村振兴项目推进缓慢', 1, '乡村振兴办', '2024年12月底', 'ongoing'],
      ['人居环境整治存在死角', 2, '农业农村办', '长期坚持', 'long-term'],
    ]);
  });
});

describe('variant 5: exceljs workbook with formulas, dates, a hidden row and a hidden sheet, measures on several rows', () => {
  test('cached formula values, one problem from merged rows, hidden content skipped and mentioned', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明', { state: 'hidden' }).addRow(['序号', '具体问题', '整改措施']);
    const ws = wb.addWorksheet('问题清单');
    ws.addRow(['巡察反馈问题整改落实情况表']);
    ws.addRow(['序号', '巡察反馈问题', '整改措施', '分管领导', '责任科室', '整改时限', '整改成效', '完成状态']);
    ws.addRow([{ formula: 'ROW()-2', result: 1 }, '财务报销审核把关不严', '1.修订报销审核办法。', '赵军', '财务科', new Date(Date.UTC(2024, 11, 31)), '已修订办法', { formula: 'IF(1,"已完成","")', result: '已完成' }]);
    ws.addRow([null, null, '2.开展报销凭证抽查。']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.addRow([2, '（作废）重复登记的问题', '无', '', '', '', '', '']).hidden = true;
    ws.addRow([{ formula: 'ROW()-3', result: 2 }, '档案管理不规范', '开展档案专项整理', '赵军', '办公室', '2025年6月', '', '推进中']);
    const path = join(dir, 'variant5.xlsx');
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const t = await readLedgerTable(path);
    expect(t.sheets.map((s) => s.name)).toEqual(['说明', '问题清单']);
    expect(t.sheet).toBe(1);
    expect(t.rows.map((r) => [r.index, r.problem, r.measures, r.unit, r.deadline, r.status])).toEqual([
      ['1', '财务报销审核把关不严', ['修订报销审核办法。', '开展报销凭证抽查。'], '财务科', '2024-12-31', 'done'],
      ['2', '档案管理不规范', ['开展档案专项整理'], '办公室', '2025年6月', 'ongoing'],
    ]);
    expect(t.notes.join('；')).toContain('1 个隐藏的工作表');
    expect(t.notes.join('；')).toContain('跳过了 1 个隐藏行');
  });
});

describe('variant 6: tab-separated UTF-8 with BOM (WPS “文本文件”), 主要问题/整改要求/责任股室/整改落实情况', () => {
  test('quoted cells with line breaks; status read from the progress sentence', async () => {
    const text = '\uFEFF序号\t主要问题\t整改要求\t责任股室\t完成时限\t整改落实情况\n'
      + '1\t"学校食堂管理不规范"\t"一是规范采购台账；\n二是落实陪餐制度。"\t后勤股\t2024年9月\t已完成整改，建立陪餐台账。\n'
      + '2\t校园安全隐患排查不到位\t开展校园安全大排查\t安全股\t2024年12月底\t正在推进，已排查12所学校\n';
    const path = join(dir, 'variant6.csv');
    writeFileSync(path, text, 'utf8');
    const t = await readLedgerTable(path);
    expect(t.mapping).toEqual(['index', 'problem', 'measures', 'unit', 'deadline', 'progress']);
    expect(t.rows.map((r) => [r.problem, r.measures, r.unit, r.status])).toEqual([
      ['学校食堂管理不规范', ['规范采购台账', '落实陪餐制度。'], '后勤股', 'done'],
      ['校园安全隐患排查不到位', ['开展校园安全大排查'], '安全股', 'ongoing'],
    ]);
  });
});
