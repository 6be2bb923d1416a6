import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftVersionError, migrateDraft } from '../../../core/common/model/migrations';
import { SCHEMA_VERSION } from '../../../core/common/model/types';
import { DraftFileError, parseDraftFile, serializeDraft } from '../../../core/node/draft-file';
import { summarize } from '../../../core/common/summary';

const V0 = join(import.meta.dirname, '..', '..', 'fixtures', 'drafts', 'schema-v0.qicao.json');

describe('draft schema migrations', () => {
  it('upgrades a schema-0 draft file to the current schema without losing content', () => {
    const d = parseDraftFile(readFileSync(V0, 'utf8'), 'schema-v0.qicao.json');
    expect(d.schemaVersion).toBe(SCHEMA_VERSION);
    expect(d.fields.title).toBe('中共某某局党组关于巡察整改进展情况的通报');
    expect(d.options).toEqual({ seal: false, internal: false });
    expect(summarize(d)).toMatchObject({ sections: 1, aspects: 1, problems: 1, measures: 1, date: '2024-03-01' });
    // Saved again, it is a current file.
    expect(JSON.parse(serializeDraft(d)).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses a draft from a newer Qicao with a message the clerk understands', () => {
    expect(() => migrateDraft({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(DraftVersionError);
    expect(() => migrateDraft({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(/请升级起草/);
  });

  it('names a broken or foreign file', () => {
    expect(() => parseDraftFile('{"a":', 'x.qicao.json')).toThrow(DraftFileError);
    expect(() => parseDraftFile('{"a":', 'x.qicao.json')).toThrow(/x\.qicao\.json.*JSON/);
    expect(() => parseDraftFile('{"title":"not a draft"}', 'y.json')).toThrow(/不是起草文稿文件/);
  });
});
