// Files a command reads from its arguments, with their failures turned into the CLI's Chinese messages.
import { readFileSync } from 'node:fs';
import { EMPTY_PROFILE, type Draft, type UnitProfile } from '../../core/common/model/types';
import { DraftFileError, readDraftFile } from '../../core/node/draft-file';
import { CliError } from './command';

/** A .qicao.json draft; a file that is missing, malformed or refused by the draft gate is a CliError (exit 1). */
export function loadDraftArg(path: string): Draft {
  try {
    return readDraftFile(path);
  } catch (e) {
    if (e instanceof DraftFileError) throw new CliError(e.message);
    throw e;
  }
}

/** 单位信息 from a JSON file (--profile); without one, the empty profile. */
export function loadProfileArg(path: string | undefined): UnitProfile {
  if (!path) return { ...EMPTY_PROFILE };
  try {
    return { ...EMPTY_PROFILE, ...(JSON.parse(readFileSync(path, 'utf8')) as Partial<UnitProfile>) };
  } catch (e) {
    throw new CliError(`无法读取单位信息文件“${path}”：${(e as Error).message}`);
  }
}
