// exportDocx: the draft as a GB/T 9704 Word file, written atomically to the path the clerk chose.
import { type BuildDocxOptions, buildDocx } from '../../common/docx';
import type { Draft } from '../../common/model/types';
import { writeFileAtomic } from '../fs/atomic-write';
import { zipFiles } from '../fs/zip';
import { assertWritableTarget } from './target';

export async function exportDocx(draft: Draft, path: string, opts: BuildDocxOptions = {}): Promise<void> {
  assertWritableTarget(path, '.docx');
  // Built completely before the target is touched: a failure never leaves a half-written file (atomic rename).
  writeFileAtomic(path, await buildDocx(draft, { ...opts, zip: zipFiles }));
}
