// `qicao export <draft> --docx out.docx [--pdf out.pdf] [--ledger out.xlsx|.docx]`: GB/T 9704 Word/PDF and the 整改台账.
import { resolve } from 'node:path';
import { fontProfileById } from '../../../core/common/layout/fonts';
import { BUILTIN_PRESETS, STANDARD_PRESET } from '../../../core/common/layout/gbt9704';
import type { Draft } from '../../../core/common/model/types';
import { FileWriteError } from '../../../core/node/fs/atomic-write';
import { BrowserNotFoundError } from '../../../core/node/export/browser';
import { exportDocx } from '../../../core/node/export/export-docx';
import { exportLedgerDocx, exportLedgerXlsx } from '../../../core/node/export/export-ledger';
import { ExportTimeoutError, exportPdf } from '../../../core/node/export/export-pdf';
import { loadDraftArg } from '../inputs';
import { CliError, type CliCommand, type ParsedArgs, stringFlag } from '../command';

/** --internal / --public and --seal / --no-seal override what the draft says. */
function applySwitches(draft: Draft, args: ParsedArgs): Draft {
  const options = { ...draft.options };
  if (args.flags.has('internal')) options.internal = true;
  if (args.flags.has('public')) options.internal = false;
  if (args.flags.has('seal')) options.seal = true;
  if (args.flags.has('no-seal')) options.seal = false;
  return { ...draft, options };
}

async function step(label: string, path: string, run: () => Promise<void>, io: { out: (s: string) => void }): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof FileWriteError || e instanceof BrowserNotFoundError || e instanceof ExportTimeoutError) throw new CliError(e.message);
    throw e;
  }
  io.out(`已导出${label}：${path}\n`);
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'qicao export <draft.qicao.json> --docx <out.docx> [--pdf <out.pdf>] [--ledger <out.xlsx|.docx>]',
  summary: '按 GB/T 9704-2012 导出 Word/PDF 及整改台账 / export Word, PDF and the ledger',
  async run(args, io) {
    const [file] = args.positional;
    const docx = stringFlag(args, 'docx');
    const pdf = stringFlag(args, 'pdf');
    const ledger = stringFlag(args, 'ledger');
    if (!file) throw new CliError(`需要一个文稿文件：${this.usage}`, 2);
    if (!docx && !pdf && !ledger) throw new CliError('请至少指定一个输出：--docx、--pdf 或 --ledger。', 2);
    // Never write over the draft the clerk is exporting from.
    for (const out of [docx, pdf, ledger]) {
      if (out && resolve(out) === resolve(file)) throw new CliError(`输出文件不能与文稿文件“${file}”相同。`, 2);
    }
    const fontsId = stringFlag(args, 'fonts');
    const presetId = stringFlag(args, 'preset');
    const preset = BUILTIN_PRESETS.find((p) => p.id === presetId) ?? STANDARD_PRESET;
    if (presetId && preset === STANDARD_PRESET && presetId !== STANDARD_PRESET.id) {
      throw new CliError(`未知版式预设“${presetId}”，可用：${BUILTIN_PRESETS.map((p) => p.id).join('、')}。`, 2);
    }
    const fonts = fontProfileById(fontsId);
    const draft = applySwitches(loadDraftArg(file), args);
    const opts = { preset, fonts };
    if (docx) await step(' Word 文件', docx, () => exportDocx(draft, docx, opts), io);
    if (pdf) {
      // Loaded here: font detection spawns fc-list (child_process, net, streams), which a Word export never needs.
      const { describeMissingFonts, detectFonts } = await import('../../../core/node/export/detect-fonts');
      const missing = describeMissingFonts(detectFonts(fonts));
      if (missing) io.err(`提示：${missing}\n`);
      await step(' PDF 文件', pdf, () => exportPdf(draft, pdf, opts), io);
    }
    if (ledger) {
      const asDocx = /\.docx$/i.test(ledger);
      await step('整改台账', ledger, () => (asDocx ? exportLedgerDocx(draft, ledger) : exportLedgerXlsx(draft, ledger)), io);
    }
    return 0;
  },
};
