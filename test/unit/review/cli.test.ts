// `qicao review`: the change list in Chinese or as JSON, --accept-all -o writes a new draft file and never the old one.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { serializeDraft } from '../../../core/node/draft-file';
import { runCli } from '../../../hosts/cli/main';
import { WordDoc } from './word-markup';
import { putianDraft } from './fixtures';
import { describeShared } from '../../support/shared';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describeShared('qicao review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qicao-cli-review-'));
  const draft = putianDraft();
  const draftPath = join(dir, 'd.qicao.json');
  const docxPath = join(dir, '修改稿.docx');
  const prepare = (async () => {
    writeFileSync(draftPath, serializeDraft(draft));
    const d = await WordDoc.open(await buildDocx(draft));
    d.replace('强化政治担当抓整改', '压实政治责任抓整改').comment('首题必政治', '再核实。');
    writeFileSync(docxPath, await d.bytes());
  })();

  it('lists the changes by place and the comments', async () => {
    await prepare;
    const r = await run('review', draftPath, docxPath);
    expect(r.code).toBe(0);
    expect(r.out).toContain('修订 1 处');
    expect(r.out).toContain('删去“强化政治担当抓整改”，加入“压实政治责任抓整改”');
    expect(r.out).toContain('批注（王主任 2026-03-02）“首题必政治”：再核实。');
  });

  it('prints the same list as JSON, with the file hash', async () => {
    await prepare;
    const r = await run('review', draftPath, docxPath, '--json');
    const json = JSON.parse(r.out) as { changes: { kind: string }[]; comments: unknown[]; sha256: string; mode: string };
    expect(json.mode).toBe('anchors');
    expect(json.changes.map((c) => c.kind)).toEqual(['replace']);
    expect(json.comments).toHaveLength(1);
    expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('--accept-all -o writes the accepted draft to a new file and leaves the old one', async () => {
    await prepare;
    const before = readFileSync(draftPath, 'utf8');
    const out = join(dir, '签发稿.qicao.json');
    const r = await run('review', draftPath, docxPath, '--accept-all', '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('已接受 1 处改动');
    expect(readFileSync(out, 'utf8')).toContain('压实政治责任抓整改');
    expect(readFileSync(draftPath, 'utf8')).toBe(before);
    expect((await run('review', draftPath, docxPath, '--accept-all')).code).toBe(2);
  });

  it('explains bad input in one Chinese line', async () => {
    await prepare;
    const doc = join(dir, '旧.doc');
    writeFileSync(doc, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const r = await run('review', draftPath, doc);
    expect(r.code).toBe(1);
    expect(r.err).toBe('错误：“旧.doc”是旧版 Word/WPS 文档（.doc/.wps），请在 Word/WPS 中另存为 .docx 后再导入修改稿。\n');
  });
});
