// Runs test/support/lo-edit.py: LibreOffice (through UNO) opens a DOCX, edits it with change recording on or off,
// and saves it as Word 2007 XML — a real writer's revision markup for the review tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type LoOp =
  | ['replace', string, string]
  | ['delpara', string]
  | ['after', string, string]
  | ['split', string]
  | ['comment', string, string, string]
  | ['bold', string];

export interface LoEdit {
  author: string;
  track: boolean;
  ops: LoOp[];
}

const SCRIPT = join(import.meta.dirname, 'lo-edit.py');

export function editWithLibreOffice(docx: Uint8Array, edit: LoEdit): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'qicao-review-'));
  try {
    writeFileSync(join(dir, 'in.docx'), docx);
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(edit));
    // The Debian python3 has the UNO bridge (python3-uno); a pyenv python on PATH may not.
    execFileSync('/usr/bin/python3', [SCRIPT, join(dir, 'in.docx'), join(dir, 'out.docx'), join(dir, 'spec.json')], { timeout: 120_000, stdio: 'pipe' });
    return new Uint8Array(readFileSync(join(dir, 'out.docx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
