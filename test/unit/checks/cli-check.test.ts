import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../core/common/model/build';
import type { SectionBlock } from '../../../core/common/model/types';
import { writeDraftFile } from '../../../core/node/draft-file';
import { runCli } from '../../../hosts/cli/main';
import { cleanRectification } from './clean-drafts';

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'qicao-check-'));
  const d = cleanRectification();
  const plan = d.body.find((b) => b.type === 'section' && b.role === 'plan') as SectionBlock;
  plan.children.push(paragraph('截止2025年12月,完成整改'));
  const draft = join(dir, 'draft.qicao.json');
  writeDraftFile(draft, d);
  const clean = join(dir, 'clean.qicao.json');
  writeDraftFile(clean, cleanRectification());
  return { dir, draft, clean };
}

describe('qicao check', () => {
  it('prints findings grouped by severity, in Chinese, and exits 0', async () => {
    const { draft } = files();
    const r = await cli(['check', draft]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^校对“draft\.qicao\.json”：错误 1 项，警告 1 项，提示 0 项。/);
    expect(r.out.indexOf('错误（1）')).toBeLessThan(r.out.indexOf('警告（1）'));
    expect(r.out).toContain('下一步计划 › 段落“截止2025年12月');
    expect(r.out).toContain('建议：改为“截至”');
  });

  it('prints JSON with --json', async () => {
    const { draft } = files();
    const r = await cli(['check', draft, '--json']);
    const data = JSON.parse(r.out) as { counts: Record<string, number>; findings: { ruleId: string; id: string }[] };
    expect(data.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(data.findings.map((f) => f.ruleId).sort()).toEqual(['dates.jiezhi', 'punct.half-width']);
    expect(new Set(data.findings.map((f) => f.id)).size).toBe(2);
  });

  it('says so when the draft is clean, compares with last year with --previous', async () => {
    const { clean, draft } = files();
    expect((await cli(['check', clean])).out).toContain('未发现问题。');
    const r = await cli(['check', draft, '--previous', clean, '--json']);
    const data = JSON.parse(r.out) as { findings: { ruleId: string }[] };
    expect(data.findings.some((f) => f.ruleId === 'similarity.paragraph')).toBe(true);
  });

  it('reports an unreadable file as a one-line Chinese error', async () => {
    const r = await cli(['check', join(files().dir, 'nope.qicao.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^错误：找不到文件/);
    expect((await cli(['check'])).code).toBe(2);
  });
});
