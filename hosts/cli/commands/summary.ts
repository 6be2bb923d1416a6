// `qicao summary <file>`: one JSON object (DESIGN.md §5) for a notice (.txt/.docx) or a draft (.qicao.json).
import { readFileSync } from 'node:fs';
import type { ImportConfidence } from '../../../core/common/import/confidence';
import type { Draft } from '../../../core/common/model/types';
import { summarize } from '../../../core/common/summary';
import { DRAFT_FILE_FORMAT, DraftFileError, readDraftFile } from '../../../core/node/draft-file';
import { CliError, type CliCommand } from '../command';
import { importNoticeFile, traditionalOption } from './import';

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

async function load(path: string, flags: Map<string, string | true>): Promise<{ draft: Draft; confidence: ImportConfidence | null }> {
  if (!isDraftFile(path)) {
    const r = await importNoticeFile(path, traditionalOption(flags));
    return { draft: r.draft, confidence: r.report.confidence };
  }
  try {
    return { draft: readDraftFile(path), confidence: null };
  } catch (e) {
    if (e instanceof DraftFileError) throw new CliError(e.message);
    throw e;
  }
}

export const summaryCommand: CliCommand = {
  name: 'summary',
  usage: 'qicao summary <通报.txt|.docx|draft.qicao.json> [--json] [--keep-traditional]',
  summary: '输出通报或文稿的结构摘要（JSON）；--json 另加导入可信度 confidence / print a one-object JSON summary',
  async run(args, io) {
    const [file] = args.positional;
    if (!file) throw new CliError('需要一个文件：qicao summary <通报.txt|.docx|draft.qicao.json>', 2);
    const { draft, confidence } = await load(file, args.flags);
    // The plain output keeps exactly the keys of DESIGN.md §5; --json adds how sure the import is.
    const out = args.flags.has('json') ? { ...summarize(draft), confidence } : summarize(draft);
    io.out(`${JSON.stringify(out)}\n`);
    return 0;
  },
};
