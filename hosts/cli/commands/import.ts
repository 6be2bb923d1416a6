// `qicao import <file.txt|.docx> -o <draft.qicao.json> [--json]`: a published notice → a structured draft.
import { resolve } from 'node:path';
import { type ImportResult, formatReport, importNoticeText } from '../../../core/common/import/index';
import { writeDraftFile } from '../../../core/node/draft-file';
import { NoticeReadError, readNoticeFile } from '../../../core/node/readers/index';
import { CliError, type CliCommand, stringFlag } from '../command';

/** Reads and imports a notice file; reader errors become one-line CLI errors. */
export async function importNoticeFile(path: string): Promise<ImportResult & { encoding: string }> {
  try {
    const { text, encoding } = await readNoticeFile(path);
    return { ...importNoticeText(text), encoding };
  } catch (e) {
    if (e instanceof NoticeReadError) throw new CliError(e.message);
    throw e;
  }
}

const ENCODING_LABEL: Record<string, string> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8（带 BOM）', gb18030: 'GB18030/GBK', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', docx: 'Word 文档',
};

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'qicao import <通报.txt|.docx> -o <draft.qicao.json> [--json]',
  summary: '导入往年通报（文本或 Word）为结构化文稿 / import a published notice into a draft',
  async run(args, io) {
    const [file] = args.positional;
    if (!file) throw new CliError('需要一个通报文件：qicao import <通报.txt|.docx> -o <draft.qicao.json>', 2);
    const out = stringFlag(args, 'o', 'out') ?? file.replace(/\.[^./\\]*$/, '') + '.qicao.json';
    if (resolve(out) === resolve(file)) throw new CliError('输出文件不能与导入的通报是同一个文件。', 2);
    const { draft, report, encoding } = await importNoticeFile(file);
    try {
      writeDraftFile(out, draft);
    } catch (e) {
      throw new CliError(e instanceof Error ? e.message : String(e));
    }
    if (args.flags.has('json')) io.out(`${JSON.stringify({ file, encoding, output: out, report }, null, 2)}\n`);
    else io.err(`已导入“${file}”（${ENCODING_LABEL[encoding] ?? encoding}），文稿已保存到“${out}”。\n${formatReport(report)}`);
    return 0;
  },
};
