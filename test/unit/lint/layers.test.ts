// The layer rules bite: a forbidden import in core/common, core/node or renderer fails lint — a package by name, a
// relative path by the folder it resolves to — and an allowed one passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'qicao/layers').map((m) => m.message);
}

describe('layer rules', () => {
  it('core/common may not import Node, Electron, React or core/node', async () => {
    expect(await messages("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'core/common/model/bad.ts')).toEqual([
      expect.stringMatching(/core\/common 必须是纯 TypeScript/),
    ]);
    expect(await messages("import { app } from 'electron';\nexport const x = app;\n", 'core/common/bad.ts')).toHaveLength(1);
    expect(await messages("import { useState } from 'react';\nexport const x = useState;\n", 'core/common/bad.ts')).toHaveLength(1);
  });

  it('resolves relative imports: core/common/model → ../../node/x reaches core/node and fails', async () => {
    expect(await messages("import { x } from '../../node/draft-file';\nexport const y = x;\n", 'core/common/model/bad.ts')).toEqual([
      expect.stringMatching(/core\/common 只能依赖 core\/common（此处导入了 core\/node\/draft-file）/),
    ]);
    expect(await messages("export { x } from '../node/x';\n", 'core/common/bad.ts')).toHaveLength(1);
    expect(await messages("export type T = import('../../../renderer/src/api').Api;\n", 'core/common/model/bad.ts')).toHaveLength(1);
    expect(await messages("export const f = () => import('../../../hosts/cli/main');\n", 'core/common/model/bad.ts')).toHaveLength(1);
    // The same words that stay inside core/common are fine: `core/common/node/…` is not core/node.
    expect(await messages("import { x } from './node/y';\nexport const y = x;\n", 'core/common/model/ok.ts')).toEqual([]);
    expect(await messages("import { x } from '../../../hosts/cli/main';\nexport const y = x;\n", 'core/node/services/bad.ts')).toHaveLength(1);
  });

  it('renderer/src/editor may not import renderer/src/features (no editor ↔ features cycle)', async () => {
    expect(await messages("import { DraftSession } from '../features/editor/session';\nexport const x = DraftSession;\n", 'renderer/src/editor/bad.ts')).toEqual([
      expect.stringMatching(/renderer\/src\/editor 不能依赖 renderer\/src\/features/),
    ]);
    expect(await messages("import { x } from '../../features/checks/apply-fix';\nexport const y = x;\n", 'renderer/src/editor/plugins/bad.ts')).toHaveLength(1);
    expect(await messages("import { QicaoEditor } from '../../editor/QicaoEditor';\nexport const x = QicaoEditor;\n", 'renderer/src/features/editor/ok.ts')).toEqual([]);
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
    expect(await messages("import { x } from '../../../hosts/browser/server';\nexport const y = x;\n", 'renderer/src/features/bad.ts')).toHaveLength(1);
  });

  it('allows what the layers are for', async () => {
    expect(await messages("import { computeCounts } from '../../core/common/model/counts';\nexport const x = computeCounts;\n", 'renderer/src/ok.ts')).toEqual([]);
    expect(await messages("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'core/node/ok.ts')).toEqual([]);
    expect(await messages("import { buildDocx } from '../../common/docx';\nexport const x = buildDocx;\n", 'core/node/export/ok.ts')).toEqual([]);
  });
});
