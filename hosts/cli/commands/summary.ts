// `qicao summary <file>`: one JSON object (DESIGN.md §5) for a notice (.txt/.docx) or a draft (.qicao.json).
import { readFileSync } from 'node:fs';
import type { Draft } from '../../../core/common/model/types';
import { summarize } from '../../../core/common/summary';
import { DRAFT_FILE_FORMAT, DraftFileError, readDraftFile } from '../../../core/node/draft-file';
import { CliError, type CliCommand } from '../command';
import { importNoticeFile } from './import';

/** A .qicao.json, or a .json whose content says it is a draft file. */
function isDraftFile(path: string): boolean {
  if (/\.qicao\.json$/i.test(path)) return true;
  if (!/\.json$/i.test(path)) return false;
  try {
    return readFileSync(path, 'utf8').slice(0, 200).includes(`"${DRAFT_FILE_FORMAT}"`);
  } catch {
    return false;
  }
}

async function load(path: string): Promise<Draft> {
  if (!isDraftFile(path)) return (await importNoticeFile(path)).draft;
  try {
    return readDraftFile(path);
  } catch (e) {
    if (e instanceof DraftFileError) throw new CliError(e.message);
    throw e;
  }
}

export const summaryCommand: CliCommand = {
  name: 'summary',
  usage: 'qicao summary <通报.txt|.docx|draft.qicao.json>',
  summary: '输出通报或文稿的结构摘要（JSON）/ print a one-object JSON summary',
  async run(args, io) {
    const [file] = args.positional;
    if (!file) throw new CliError('需要一个文件：qicao summary <通报.txt|.docx|draft.qicao.json>', 2);
    io.out(`${JSON.stringify(summarize(await load(file)))}\n`);
    return 0;
  },
};
