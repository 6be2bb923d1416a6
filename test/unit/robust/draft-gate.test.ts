// The one gate for drafts (issue 18): every crafted file is refused with one Chinese sentence, accepted ones
// come out equal; the schema's bounds hold; version 0 is migrated only when it really is version 0.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftRejectedError, admitDraft, shapeProblem } from '../../../core/common/api/draft-gate';
import { DRAFT_LIMITS } from '../../../core/common/api/draft-schema';
import { DraftFileError, parseDraftFile, serializeDraft } from '../../../core/node/draft-file';
import { craftedDrafts, isClerkMessage, validDraft } from '../../support/crafted-drafts';

const V0 = join(__dirname, '../library/fixtures/draft-schema0.qicao.json');
const corpus = craftedDrafts(V0);

describe('the draft gate', () => {
  it('has a corpus generated from the schema (every field, several wrong types each)', () => {
    expect(corpus.length).toBeGreaterThan(150);
    for (const key of ['top-fields-0', 'top-schemaVersion-0', 'block-problem-measures-0', 'block-section-children-0', 'block-enumeration-items-0']) {
      expect(corpus.map((c) => c.name)).toContain(key);
    }
  });

  it('refuses every crafted file with one Chinese sentence and accepts the well-formed ones', () => {
    const wrong: string[] = [];
    for (const c of corpus) {
      let message: string | null = null;
      try {
        parseDraftFile(c.text, `${c.name}.qicao.json`);
      } catch (e) {
        if (!(e instanceof DraftFileError)) throw new Error(`${c.name}: ${String(e)}`);
        message = e.message;
      }
      if (c.accept !== (message === null)) wrong.push(`${c.name}: ${message ?? 'accepted'}`);
      if (message !== null && !isClerkMessage(message)) wrong.push(`${c.name}: not for a clerk: ${message}`);
    }
    expect(wrong).toEqual([]);
  });

  it('names the field at fault in Chinese', () => {
    const msg = (name: string) => {
      try {
        parseDraftFile(corpus.find((c) => c.name === name)!.text, 'x.qicao.json');
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(msg('title-3000')).toMatch(/字段“标题”：过长（上限 2000 字）/);
    expect(msg('title-3000000')).toMatch(/文字过多（超过 2000000 字）/);
    expect(msg('block-problem-status-1')).toMatch(/正文第2块 › 第1个下级内容 › 第1个下级内容 › 整改状态：取值无效/);
    expect(msg('version-1.5')).toMatch(/文稿格式版本号无效：1\.5/);
    expect(msg('version-missing')).toMatch(/缺少文稿格式版本号/);
    expect(msg('version-zero')).toMatch(/不是早期格式/);
    expect(msg('id-empty')).toMatch(/编号：不能为空/);
    expect(msg('deep-10000')).toMatch(/层级嵌套过深/);
    expect(msg('blocks-100000')).toMatch(/内容过多|项数过多|文字过多/);
    expect(msg('proto-fields')).toMatch(/不允许的键名“__proto__”/);
    expect(msg('title-nul')).toMatch(/无法保存的字符/);
  });

  it('migrates a genuine version-0 document without losing its text', () => {
    const d = parseDraftFile(corpus.find((c) => c.name === 'ok-version0')!.text);
    expect(d.schemaVersion).toBe(1);
    expect(d.fields.title).toBe('中共某某局党组关于巡察整改进展情况的通报');
    expect(JSON.stringify(d.body)).toContain('召开专题会议3次');
    // …and refuses one with content version 0 did not have, rather than dropping it.
    const withExtra = corpus.find((c) => c.name === 'ok-version0')!.text.replace('"meta":', '"attachments": ["附件1"], "meta":');
    expect(() => parseDraftFile(withExtra)).toThrow(/无法识别的内容（attachments）/);
  });

  it('round-trips an accepted draft exactly', () => {
    const d = validDraft();
    expect(parseDraftFile(serializeDraft(d))).toEqual(d);
  });

  it('walks 10,000 levels without recursion and bounds size', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(shapeProblem(deep, { depth: DRAFT_LIMITS.depth, nodes: 1e6 })).toMatch(/嵌套过深/);
    expect(shapeProblem({ a: 'x'.repeat(11) }, { depth: 5, nodes: 10, chars: 10 })).toMatch(/文字过多/);
    expect(shapeProblem(validDraft(), { depth: DRAFT_LIMITS.depth, nodes: DRAFT_LIMITS.nodes, chars: DRAFT_LIMITS.chars })).toBeNull();
    expect(() => admitDraft(deep)).toThrow(DraftRejectedError);
  });
});
