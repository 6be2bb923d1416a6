// 进展征集 end to end on real files: collect for 5 units → returns filled (exceljs, and one re-saved by LibreOffice),
// one conflicting with another unit, one from an old round, one with a locked cell edited, one from another draft,
// one a unit's own CSV → review surfaces every conflict → the accepted progress is in the ledger, counts and 三.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test } from 'vitest';
import {
  type CollectSheet, applyReturns, draftFromLedger, planCollection, reviewReturns, unitFileName,
} from '../../../core/common/ledger-table/index';
import { computeCounts } from '../../../core/common/model/counts';
import { plainInline } from '../../../core/common/model/fields';
import { type Draft, EMPTY_PROFILE } from '../../../core/common/model/types';
import { ledgerProblems } from '../../../core/common/model/walk';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { instantiateTemplate } from '../../../core/common/templates/engine';
import { buildCollectWorkbook, readLedgerTable, readReturnedFile } from '../../../core/node/ledger-files/index';
import { builtinTemplates } from '../../support/templates';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'ledger');
const NOW = '2025-04-01T08:00:00.000Z';

async function startDraft(): Promise<Draft> {
  const t = await readLedgerTable(join(FIX, 'variant1-merged-aspects.xlsx'));
  const units = ['办公室', '普法科', '人民参与科', '办公室、政工科', '财务科', '政工科'];
  t.rows.forEach((r, i) => (r.unit = units[i]!));
  return draftFromLedger(instantiateTemplate(builtinTemplates().find((x) => x.id === 'rectification-notice')!, { profile: { ...EMPTY_PROFILE }, now: NOW }), t.rows, NOW);
}

/** Fills a unit's workbook as the unit would: by the row's problem, the status from the dropdown's words. */
async function fill(bytes: Uint8Array, path: string, edits: { problem: string; status?: string; progress?: string; evidence?: string; date?: Date; lockedProblem?: string }[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('进展征集')!;
  const head = ws.getRow(2).values as string[];
  const col = (label: string) => head.indexOf(label);
  for (const e of edits) {
    let hit = false;
    ws.eachRow((row, n) => {
      if (n < 3 || !String(row.getCell(col('具体问题')).value).startsWith(e.problem)) return;
      hit = true;
      if (e.status) row.getCell(col('完成状态')).value = e.status;
      if (e.progress) row.getCell(col('本期进展')).value = e.progress;
      if (e.evidence) row.getCell(col('佐证材料')).value = e.evidence;
      if (e.date) row.getCell(col('填报日期')).value = e.date;
      if (e.lockedProblem) row.getCell(col('具体问题')).value = e.lockedProblem;
    });
    expect(hit, e.problem).toBe(true);
  }
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

test('a collection round with five units, conflicts surfaced, accepted progress in the ledger, counts and 三', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qicao-collect-'));
  const d0 = await startDraft();
  const first = planCollection(d0, NOW);
  expect(first.draft.collection?.round).toBe(1);
  expect(first.sheets.map((s) => [s.meta.unit, s.rows.length])).toEqual([['办公室', 2], ['普法科', 1], ['人民参与科', 1], ['政工科', 2], ['财务科', 1]]);
  const round1Finance = await buildCollectWorkbook(first.sheets.find((s) => s.meta.unit === '财务科')!);
  // A second round replaces the first: the finance office then sends back its round-1 file by mistake.
  const second = planCollection(first.draft, '2025-05-01T08:00:00.000Z');
  const draft = second.draft;
  expect(draft.collection?.round).toBe(2);
  const book = async (unit: string) => buildCollectWorkbook(second.sheets.find((s: CollectSheet) => s.meta.unit === unit)!);

  // The workbook as sent: locked columns, a status dropdown, the hidden record of draft and round.
  const officeBook = await book('办公室');
  const sheetXml = await (await JSZip.loadAsync(officeBook)).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
  const sent = new ExcelJS.Workbook();
  await sent.xlsx.load(Buffer.from(officeBook) as unknown as ArrayBuffer);
  const ws = sent.getWorksheet('进展征集')!;
  expect(ws.getCell('D3').protection?.locked ?? true).toBe(true); // 具体问题: locked is Excel's default
  expect(ws.getCell('I3').protection?.locked).toBe(false); // 本期进展
  expect(ws.getCell('H3').dataValidation?.formulae?.[0]).toContain('已完成');
  expect(sent.getWorksheet('qicao')?.state).toBe('veryHidden');
  expect(unitFileName('办公室', 2)).toBe('第2轮进展征集-办公室.xlsx');

  const files = [
    await fill(await book('普法科'), join(dir, '普法科.xlsx'), [{ problem: '法治宣传', status: '已完成', progress: '已印发年度普法责任清单，开展“法律进乡村”活动12场。', evidence: '责任清单文件', date: new Date(Date.UTC(2025, 4, 20)) }]),
    await fill(await book('人民参与科'), join(dir, '人民参与科.xlsx'), [{ problem: '矛盾纠纷', progress: '已建立月排查制度。', lockedProblem: '矛盾纠纷排查机制（已改）' }]),
    await fill(await book('办公室'), join(dir, '办公室.xlsx'), [{ problem: '“三重一大”', status: '已完成', progress: '已修订党组议事规则。' }]),
    await fill(await book('政工科'), join(dir, '政工科.xlsx'), [
      { problem: '“三重一大”', status: '持续推进', progress: '议事规则正在征求意见。' },
      { problem: '意识形态', progress: '网站和公众号实行三审制。' },
    ]),
    await fill(round1Finance, join(dir, '财务科-旧表.xlsx'), [{ problem: '公务接待', status: '已完成', progress: '已建立接待清单。' }]),
  ];
  // LibreOffice re-saves the 政工科 return (as a unit on WPS/LibreOffice would): Qicao's record must survive it.
  const lo = join(dir, 'lo');
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', lo, files[3]!], { stdio: 'ignore', timeout: 60_000 });
  files[3] = join(lo, '政工科.xlsx');
  // A file made for another draft, and a unit's own sheet without Qicao's record.
  const other = planCollection({ ...d0, id: 'd_otherdraft01', fields: { ...d0.fields, title: '另一份通报' } }, NOW);
  files.push(await fill(await buildCollectWorkbook(other.sheets[0]!), join(dir, '别的文稿.xlsx'), [{ problem: '学习贯彻', status: '已完成' }]));
  const own = join(dir, '财务科自制表.csv');
  writeFileSync(own, '序号,具体问题,本期进展,状态\n1,公务接待管理不够规范,已严格执行公务接待标准，建立接待清单制度。,基本完成\n', 'utf8');
  files.push(own);

  // Any order.
  const returned = await Promise.all(files.reverse().map((f) => readReturnedFile(f)));
  const review = reviewReturns(draft, returned);
  const byFile = Object.fromEntries(review.files.map((f) => [f.file, f.verdict]));
  expect(byFile).toEqual({
    '普法科.xlsx': 'ok', '人民参与科.xlsx': 'ok', '办公室.xlsx': 'ok', '政工科.xlsx': 'ok',
    '财务科-旧表.xlsx': 'old-round', '别的文稿.xlsx': 'other-draft', '财务科自制表.csv': 'no-meta',
  });
  const upd = (file: string, title: string) => review.updates.find((u) => u.file === file && u.title.startsWith(title))!;
  expect(upd('普法科.xlsx', '法治宣传')).toMatchObject({ accept: true, match: 'id', after: { status: 'done', date: '2025-05-20', evidence: '责任清单文件' } });
  const locked = upd('人民参与科.xlsx', '矛盾纠纷');
  expect(locked.conflicts.map((c) => c.kind)).toEqual(['locked-edited']);
  expect(locked.conflicts[0]!.message).toContain('具体问题被改动');
  expect(locked.accept).toBe(true); // the progress is taken; the edited problem text is not
  const office = upd('办公室.xlsx', '“三重一大”');
  const politics = upd('政工科.xlsx', '“三重一大”');
  expect(office.conflicts.map((c) => c.kind)).toEqual(['two-units']);
  expect(politics.conflicts[0]!.message).toContain('办公室');
  expect([office.accept, politics.accept]).toEqual([false, false]);
  expect(upd('政工科.xlsx', '意识形态').accept).toBe(true);
  const old = upd('财务科-旧表.xlsx', '公务接待');
  expect(old.conflicts.map((c) => c.kind)).toEqual(['old-round']);
  expect(old.accept).toBe(false);
  expect(review.updates.some((u) => u.file === '别的文稿.xlsx')).toBe(false);
  const ownRow = upd('财务科自制表.csv', '公务接待');
  expect(ownRow).toMatchObject({ match: 'text', accept: true, after: { status: 'mostly-done' } });
  expect(review.conflicts).toBe(5);

  // The clerk takes the defaults and the 办公室 version of “三重一大”.
  const accepted = new Set(review.updates.filter((u) => u.accept).map((u) => u.key));
  accepted.add(office.key);
  const merged = applyReturns(draft, review, accepted, '2025-05-25T09:00:00.000Z');
  const problems = new Map(ledgerProblems(merged.body).map(({ problem: p }) => [plainInline(p.title).slice(0, 4), p]));
  expect(problems.get('法治宣传')).toMatchObject({ status: 'done', statusPhrase: '已完成整改' });
  expect(problems.get('法治宣传')!.progress!.at(-1)).toEqual({ text: '已印发年度普法责任清单，开展“法律进乡村”活动12场。', evidence: '责任清单文件', unit: '普法科', date: '2025-05-20', round: 2 });
  expect(problems.get('“三重一')).toMatchObject({ status: 'done' });
  expect(problems.get('矛盾纠纷')!.progress!.at(-1)!.text).toBe('已建立月排查制度。');
  expect(plainInline(problems.get('矛盾纠纷')!.title)).toBe('矛盾纠纷排查化解机制不健全');
  expect(problems.get('公务接待')).toMatchObject({ status: 'mostly-done' });
  expect(problems.get('公务接待')!.progress!.at(-1)!.date).toBe('2025-05-25');
  const c = computeCounts(merged.body);
  expect([c.done, c.mostlyDone, c.notDone]).toEqual([5, 1, 0]); // 长期坚持 counts as done
  const text = renderPlainText(merged);
  expect(text).toContain('已完成整改5个，基本完成1个，正在推进或未完成0个');
  const further = merged.body.find((b) => b.type === 'section' && b.role === 'further')!;
  expect(further.type === 'section' && further.children.map((g) => g.type === 'section' ? plainInline(g.heading) : '')).toEqual(['基本完成整改的问题']);
  expect(readFileSync(files[0]!).length).toBeGreaterThan(0);
});

test('the Word form: same columns, the record in custom properties; a filled return merges like a workbook', async () => {
  const { buildCollectDocx } = await import('../../../core/common/ledger-table/collect-docx');
  const { ledgerGridFromBytes, returnedFromGrid } = await import('../../../core/node/ledger-files/index');
  const plan = planCollection(await startDraft(), NOW);
  const sheet = plan.sheets.find((s) => s.meta.unit === '普法科')!;
  const bytes = await buildCollectDocx(sheet);
  // The unit fills in its row in Word: status and progress typed into the empty cells.
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  const rows = xml.split('<w:tr>');
  const row = rows.findIndex((r) => r.includes('法治宣传教育针对性不强'));
  expect(row).toBeGreaterThan(1);
  let k = 0;
  rows[row] = rows[row]!.replace(/<w:t xml:space="preserve">基本完成<\/w:t>/, '<w:t xml:space="preserve">已完成</w:t>')
    .replace(/(<w:tc>(?:(?!<\/w:tc>)[\s\S])*?)<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)<w:t xml:space="preserve"><\/w:t><\/w:r>/g, (m, a: string, pr: string) => (k++ === 0 ? `${a}<w:r>${pr}<w:t xml:space="preserve">已制定普法责任清单。</w:t></w:r>` : m));
  xml = rows.join('<w:tr>');
  zip.file('word/document.xml', xml);
  const filled = await zip.generateAsync({ type: 'uint8array' });
  const returned = returnedFromGrid(await ledgerGridFromBytes(filled, '普法科.docx'));
  expect(returned.meta).toMatchObject({ draftId: plan.draft.id, round: 1, unit: '普法科' });
  expect(returned.sent.size).toBe(1);
  const review = reviewReturns(plan.draft, [returned]);
  expect(review.files[0]!.verdict).toBe('ok');
  expect(review.updates).toHaveLength(1);
  expect(review.updates[0]).toMatchObject({ match: 'id', accept: true, conflicts: [], after: { status: 'done', progress: '已制定普法责任清单。' } });
});
