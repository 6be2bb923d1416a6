// `qicao ledger import|collect|merge`: the 整改台账 from the tables clerks have, and the collection round with the
// 责任单位 (进展征集). Workbook code (exceljs, jszip) loads only when a table is read or written.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  COLUMN_KINDS, COLUMN_LABEL, type ColumnKind, type MergeReview, type ParsedLedgerTable, applyLedgerTable, applyReturns,
  diffLedgerTable, draftFromLedger, planCollection, reviewReturns, unitFileName,
} from '../../../core/common/ledger-table/index';
import { STATUS_LABEL } from '../../../core/common/model/status';
import { instantiateTemplate } from '../../../core/common/templates/engine';
import { DraftFileError, readDraftFile, writeDraftFile } from '../../../core/node/draft-file';
import { FileWriteError, writeFileAtomic } from '../../../core/node/fs/atomic-write';
import { LedgerFileError, buildCollectWorkbook, readLedgerTable, readReturnedFile } from '../../../core/node/ledger-files/index';
import { loadTemplates } from '../../../core/node/templates';
import { cliPaths } from '../app-root';
import { loadProfileArg } from '../inputs';
import { CliError, type CliCommand, type CliIo, type ParsedArgs, stringFlag } from '../command';

const USAGE = [
  'qicao ledger import <台账.xlsx|.docx|.csv> [-o draft.qicao.json | --into draft.qicao.json] [--map B=problem,D=unit] [--header-row N] [--json]',
  '  qicao ledger collect <draft.qicao.json> -o <文件夹> [--word]',
  '  qicao ledger merge <draft.qicao.json> <退回的文件…> [--dry-run] [--json]',
].join('\n');

async function guard<T>(f: () => Promise<T> | T): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof LedgerFileError || e instanceof DraftFileError || e instanceof FileWriteError) throw new CliError(e.message);
    throw e;
  }
}

const colLetter = (i: number): string => (i >= 26 ? colLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
const colIndex = (s: string): number => [...s.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** `--map B=problem,D=unit` (column letters or 1-based numbers; kinds by id or Chinese label). */
function parseMap(spec: string | undefined, width: number): ColumnKind[] | undefined {
  if (!spec) return undefined;
  const out: ColumnKind[] = Array.from({ length: width }, () => 'ignore');
  for (const part of spec.split(/[,，]/)) {
    const [col, kindText] = part.split('=').map((s) => s.trim());
    const i = col && /^\d+$/.test(col) ? Number(col) - 1 : colIndex(col ?? '');
    const kind = COLUMN_KINDS.find((k) => k === kindText || COLUMN_LABEL[k] === kindText);
    if (i < 0 || !kind) throw new CliError(`--map 写法不对：“${part}”。例如 --map B=problem,D=unit（可用：${COLUMN_KINDS.join('、')}）。`, 2);
    out[i] = kind;
  }
  return out;
}

function previewText(t: ParsedLedgerTable): string {
  const lines = [`文件“${t.file}”，工作表“${t.sheets[t.sheet]?.name ?? ''}”：识别出 ${t.rows.length} 个问题。`];
  if (t.headerRow !== null) {
    lines.push(`表头在第 ${t.headerRow + 1} 行，各列：${t.mapping.map((k, i) => `${colLetter(i)} ${t.headers[i] || '（空）'} → ${COLUMN_LABEL[k]}`).join('；')}`);
  }
  for (const n of t.notes) lines.push(`说明：${n}`);
  if (t.rows.length === 0) {
    lines.push('前几行内容：');
    t.preview.slice(0, 8).forEach((r, i) => lines.push(`  ${i + 1}. ${r.map((c, j) => `${colLetter(j)}:${c.slice(0, 12)}`).join(' | ')}`));
    lines.push('可用 --header-row N 指定表头行，或 --map B=problem,C=measures 指定各列。');
  }
  for (const r of t.rows.slice(0, 200)) {
    lines.push(`  ${r.index || '·'} ${r.aspect ? `[${r.aspect}] ` : ''}${r.problem}（措施 ${r.measures.length} 项；${r.status ? STATUS_LABEL[r.status] : '未标明'}${r.unit ? `；${r.unit}` : ''}${r.deadline ? `；${r.deadline}` : ''}）`);
  }
  if (t.rows.length > 200) lines.push(`  ……另有 ${t.rows.length - 200} 个问题`);
  return `${lines.join('\n')}\n`;
}

async function importTable(args: ParsedArgs, io: CliIo): Promise<number> {
  const [, file] = args.positional;
  if (!file) throw new CliError(`需要一个台账文件。用法：\n  ${USAGE}`, 2);
  const headerFlag = stringFlag(args, 'header-row');
  const first = await guard(() => readLedgerTable(file, headerFlag ? { headerRow: Number(headerFlag) - 1 } : {}));
  const mapping = parseMap(stringFlag(args, 'map'), first.preview[0]?.length ?? first.mapping.length);
  const table = mapping ? await guard(() => readLedgerTable(file, { headerRow: first.headerRow ?? (headerFlag ? Number(headerFlag) - 1 : -1), mapping })) : first;
  const out = stringFlag(args, 'o', 'out');
  const into = stringFlag(args, 'into');
  const json = args.flags.has('json');
  const now = new Date().toISOString();
  if (!out && !into) {
    io.out(json ? `${JSON.stringify(table, null, 2)}\n` : previewText(table));
    return table.rows.length ? 0 : 1;
  }
  if (table.rows.length === 0) {
    io.err(previewText(table));
    throw new CliError(`没有从“${file}”中识别出问题，文稿未改动。`);
  }
  if (out) {
    if (resolve(out) === resolve(file)) throw new CliError('输出文件不能与台账是同一个文件。', 2);
    if (existsSync(out) && !args.flags.has('force')) throw new CliError(`“${out}”已存在；如要合并到这份文稿请用 --into，如要覆盖请加 --force。`);
    const id = stringFlag(args, 'template') ?? 'rectification-notice';
    const t = loadTemplates(cliPaths().templates).find((x) => x.id === id);
    if (!t) throw new CliError(`没有名为“${id}”的模板。`, 2);
    const draft = draftFromLedger(instantiateTemplate(t, { profile: loadProfileArg(stringFlag(args, 'profile')), now }), table.rows, now);
    await guard(() => writeDraftFile(out, draft));
    if (json) io.out(`${JSON.stringify({ file, output: out, problems: table.rows.length, mapping: table.mapping, notes: table.notes }, null, 2)}\n`);
    else io.err(`${previewText(table)}已用模板“${t.name}”新建文稿：${out}\n`);
    return 0;
  }
  const draft = await guard(() => readDraftFile(into!));
  const diff = diffLedgerTable(draft, table.rows);
  const accepted = new Set(diff.filter((d) => d.accept).map((d) => d.key));
  const count = (k: string) => diff.filter((d) => d.change === k).length;
  if (!args.flags.has('dry-run')) await guard(() => writeDraftFile(into!, applyLedgerTable(draft, table.rows, diff, accepted, now)));
  if (json) io.out(`${JSON.stringify({ file, into, applied: !args.flags.has('dry-run'), rows: diff }, null, 2)}\n`);
  else {
    const label: Record<string, string> = { added: '新增', changed: '有变化', unchanged: '无变化', missing: '台账中没有' };
    const lines = diff.filter((d) => d.change !== 'unchanged').map((d) =>
      `  [${label[d.change]}${d.accept ? '，已采用' : '，未采用'}] ${d.title}${d.changes.map((c) => `\n      ${c.label}：${c.before || '（空）'} → ${c.after}`).join('')}${d.notes.map((n) => `\n      ${n}`).join('')}`);
    io.err(`合并“${file}”到“${into}”：新增 ${count('added')}，有变化 ${count('changed')}，无变化 ${count('unchanged')}，台账中没有 ${count('missing')}（保留在文稿中）。\n${lines.join('\n')}\n${args.flags.has('dry-run') ? '（--dry-run：文稿未改动）' : '已保存。'}\n`);
  }
  return 0;
}

async function collect(args: ParsedArgs, io: CliIo): Promise<number> {
  const [, draftPath] = args.positional;
  const folder = stringFlag(args, 'o', 'out');
  if (!draftPath || !folder) throw new CliError(`需要文稿和输出文件夹。用法：\n  ${USAGE}`, 2);
  const draft = await guard(() => readDraftFile(draftPath));
  const plan = planCollection(draft, new Date().toISOString());
  if (plan.sheets.length === 0) throw new CliError('文稿的整改台账中没有问题，无法征集进展。');
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const s of plan.sheets) {
    const path = join(folder, unitFileName(s.meta.unit, s.meta.round));
    await guard(async () => writeFileAtomic(path, await buildCollectWorkbook(s)));
    written.push(`  ${path}（${s.meta.unit}，${s.rows.length} 个问题）`);
    if (args.flags.has('word')) {
      const { buildCollectDocx } = await import('../../../core/common/ledger-table/collect-docx');
      const doc = path.replace(/\.xlsx$/, '.docx');
      await guard(async () => writeFileAtomic(doc, await buildCollectDocx(s)));
      written.push(`  ${doc}（Word 版）`);
    }
  }
  await guard(() => writeDraftFile(draftPath, plan.draft));
  io.err(`第 ${plan.draft.collection!.round} 轮进展征集：为 ${plan.sheets.length} 个责任单位生成了征集表：\n${written.join('\n')}\n文稿已记录本轮次；收回后运行 qicao ledger merge ${draftPath} <文件…>\n`);
  return 0;
}

function reviewText(r: MergeReview, applied: number, dry: boolean): string {
  const lines = [`第 ${r.round} 轮进展征集：收到 ${r.files.length} 个文件，${r.updates.length} 处更新，${r.unchanged} 行无变化，${r.conflicts} 处需要核对。`];
  for (const f of r.files) lines.push(`  ${f.file}（${f.unit}）${f.message ? `：${f.message}` : ''}`);
  for (const u of r.updates) {
    const what = [u.after.status ? `状态 ${STATUS_LABEL[u.before.status]} → ${STATUS_LABEL[u.after.status]}` : '', u.after.progress ? `进展：${u.after.progress}` : ''].filter(Boolean).join('；');
    lines.push(`  [${u.accept ? '采用' : '待定'}] ${u.unit} · ${u.title}：${what}`);
    for (const c of u.conflicts) lines.push(`      ！${c.message}`);
  }
  lines.push(dry ? '（--dry-run：文稿未改动）' : `已采用 ${applied} 处更新并保存；标“待定”的请在起草中逐条核对后采用。`);
  return `${lines.join('\n')}\n`;
}

async function merge(args: ParsedArgs, io: CliIo): Promise<number> {
  const [, draftPath, ...files] = args.positional;
  if (!draftPath || files.length === 0) throw new CliError(`需要文稿和至少一个退回的文件。用法：\n  ${USAGE}`, 2);
  const draft = await guard(() => readDraftFile(draftPath));
  const returned = [];
  for (const f of files) returned.push(await guard(() => readReturnedFile(f)));
  const review = reviewReturns(draft, returned);
  const accepted = new Set(review.updates.filter((u) => u.accept).map((u) => u.key));
  const dry = args.flags.has('dry-run');
  if (!dry) await guard(() => writeDraftFile(draftPath, applyReturns(draft, review, accepted, new Date().toISOString())));
  if (args.flags.has('json')) io.out(`${JSON.stringify({ draft: draftPath, applied: dry ? [] : [...accepted], review }, null, 2)}\n`);
  else io.err(reviewText(review, dry ? 0 : accepted.size, dry));
  return 0;
}

export const ledgerCommand: CliCommand = {
  name: 'ledger',
  usage: USAGE,
  summary: '整改台账：从 Excel/Word/CSV 导入，向责任单位征集进展并合并 / ledger import, collection round with the units',
  async run(args, io) {
    const sub = args.positional[0];
    if (sub === 'import') return importTable(args, io);
    if (sub === 'collect') return collect(args, io);
    if (sub === 'merge') return merge(args, io);
    throw new CliError(`未知的 ledger 子命令：${sub ?? '（空）'}。用法：\n  ${USAGE}`, 2);
  },
};

