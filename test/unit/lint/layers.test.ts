// The layer rule bites: a forbidden import in core/common or renderer fails lint; an allowed one passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('core/common may not import Node, Electron, React or core/node', async () => {
    expect(await messages("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'core/common/model/bad.ts')).toEqual([
      expect.stringMatching(/core\/common 必须是纯 TypeScript/),
    ]);
    expect(await messages("import { app } from 'electron';\nexport const x = app;\n", 'core/common/bad.ts')).toHaveLength(1);
    expect(await messages("import { useState } from 'react';\nexport const x = useState;\n", 'core/common/bad.ts')).toHaveLength(1);
    expect(await messages("import { x } from '../../node/draft-file';\nexport const y = x;\n", 'core/common/model/bad.ts')).toHaveLength(0);
    expect(await messages("import { writeDraftFile } from '../../core/node/draft-file';\nexport const y = writeDraftFile;\n", 'core/common/x/bad.ts')).toHaveLength(1);
  });

  it('core/common may not touch browser globals either (it runs in Node)', async () => {
    const [result] = await eslint.lintText("export const w = () => window.innerWidth + document.title.length;\n", { filePath: 'core/common/render/bad.ts' });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toHaveLength(2);
    const [ok] = await eslint.lintText("export const w = () => window.innerWidth;\n", { filePath: 'renderer/src/ok.ts' });
    expect(ok!.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toHaveLength(0);
  });

  it('renderer may not import Node, Electron or core/node', async () => {
    expect(await messages("import { join } from 'node:path';\nexport const x = join;\n", 'renderer/src/bad.ts')).toHaveLength(1);
    expect(await messages("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'renderer/src/bad.ts')).toHaveLength(1);
    expect(await messages("import { readDraftFile } from '../../core/node/draft-file';\nexport const x = readDraftFile;\n", 'renderer/src/bad.ts')).toHaveLength(1);
  });

  it('allows what the layers are for', async () => {
    expect(await messages("import { computeCounts } from '../../core/common/model/counts';\nexport const x = computeCounts;\n", 'renderer/src/ok.ts')).toEqual([]);
    expect(await messages("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'core/node/ok.ts')).toEqual([]);
  });
});
