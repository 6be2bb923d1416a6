// Traditional-Chinese copies with converter pinyin are read (never refused for their characters) and converted;
// the import says how sure it is, also through `qicao summary --json`, while plain `summary` keeps its keys.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectTraditional, stripPinyinAnnotations } from '../../../core/common/import/clean/traditional';
import { importNoticeText } from '../../../core/common/import/index';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { summarize } from '../../../core/common/summary';
import { readNoticeFile } from '../../../core/node/readers/index';
import { encodeGbk } from './support/gbk';

const ROOT = resolve(__dirname, '../../..');
const NOTICES = join(ROOT, 'test', 'fixtures', 'notices');
const TRADITIONAL = join(NOTICES, 'c19-traditional-pinyin.txt');
const SIMPLIFIED = join(NOTICES, 'c17-shenjiju-nested-parts.txt');
const SUMMARY_KEYS = ['docType', 'title', 'signer', 'date', 'sections', 'aspects', 'problems', 'measures', 'status', 'contact'];
let dir = '';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'qicao-trad-'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function qicao(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/qicao.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('Traditional text and converter pinyin', () => {
  it('removes pinyin annotations after Han characters, and only those', () => {
    expect(stripPinyinAnnotations('根據(jù)區委巡(xún)察工作統一部署').text).toBe('根據區委巡察工作統一部署');
    expect(stripPinyinAnnotations('採用（PPP）模式，見附件(1)').text).toBe('採用（PPP）模式，見附件(1)');
  });

  it('tells Traditional from Simplified text', () => {
    expect(detectTraditional(readFileSync(TRADITIONAL, 'utf8')).traditional).toBe(true);
    expect(detectTraditional(readFileSync(SIMPLIFIED, 'utf8')).traditional).toBe(false);
  });

  it('a Traditional text full of pinyin is read as UTF-8, GB18030 and UTF-16, never refused', async () => {
    const text = readFileSync(TRADITIONAL, 'utf8');
    // Pinyin on almost every character, as some converters leave it: far from "mostly Chinese characters".
    const dense = text.replace(/([\u4e00-\u9fff])(?![(（])/g, '$1(à)');
    const files: [string, Uint8Array][] = [
      ['dense-utf8.txt', Buffer.from(dense, 'utf8')],
      ['gbk.txt', encodeGbk(text)],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(dense, 'utf16le')])],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(dir, name), bytes);
      const read = await readNoticeFile(join(dir, name));
      expect(read.text.length, name).toBeGreaterThan(500);
      const { draft } = importNoticeText(read.text);
      expect(draft.fields.title, name).toBe('中共江城市临湖区文化和旅游局党组关于巡察整改进展情况的通报');
    }
  });

  it('is converted to Simplified by default, with a note; kept when the clerk says so', () => {
    const text = readFileSync(TRADITIONAL, 'utf8');
    const converted = importNoticeText(text);
    expect(converted.report.script).toBe('traditional');
    expect(converted.report.notes.join()).toContain('已转换为简体字');
    expect(converted.report.notes.join()).toContain('拼音注音');
    expect(renderPlainText(converted.draft)).not.toMatch(/[據巡察]\(|黨組/);
    const kept = importNoticeText(text, { traditional: 'keep' });
    expect(kept.draft.fields.title).toContain('黨組');
    expect(kept.report.notes.join()).toContain('未转换为简体字');
    expect(summarize(converted.draft).problems).toBe(5);
  });

  it('qicao import --keep-traditional keeps the characters', () => {
    const out = join(dir, 'kept.qicao.json');
    expect(qicao('import', TRADITIONAL, '-o', out, '--keep-traditional').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('黨組');
  });
});

describe('confidence', () => {
  it('plain summary keeps exactly the contract keys; --json adds the confidence', () => {
    const plain = JSON.parse(qicao('summary', SIMPLIFIED).out) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(SUMMARY_KEYS);
    const json = JSON.parse(qicao('summary', SIMPLIFIED, '--json').out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...SUMMARY_KEYS, 'confidence']);
    expect(json.confidence).toMatchObject({ level: 'high', placed: 1, emptyLedger: false });
  });

  it('a notice that reports rectification but gives no problems says so plainly', () => {
    const text = readFileSync(SIMPLIFIED, 'utf8').replace(/^\d\./gm, '').replace(/^第.部分.*$/gm, '');
    const { report } = importNoticeText(text);
    expect(report.counts.problems).toBe(0);
    expect(report.confidence).toMatchObject({ level: 'low', emptyLedger: true });
    expect(report.notes.join()).toContain('整改台账为空');
  });

  it('text that could not be placed lowers the share placed', () => {
    const text = `${readFileSync(SIMPLIFIED, 'utf8')}\n${'这是成文日期之后网页上的一大段无关文字。'.repeat(20)}\n`;
    const { report } = importNoticeText(text);
    expect(report.unplaced.length).toBeGreaterThan(0);
    expect(report.confidence.placed).toBeLessThan(1);
  });
});
