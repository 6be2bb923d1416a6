// The real notices and their real mistakes: text-level checks on the published text, and checks of the drafts the
// importer makes of them (the importer normalises half-width punctuation, so those findings belong to the text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkDraft, checkText } from '../../../core/common/checks/index';
import type { Finding } from '../../../core/common/checks/index';
import { importNoticeText } from '../../../core/common/import/index';
import { computeCounts } from '../../../core/common/model/counts';
import { NOTICES_DIR, describeShared } from '../../support/shared';

const DIR = NOTICES_DIR;
const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
const NAMES = ['putian-sfj-2025-notice', 'haizhu-sfj-2020-report', 'qingcheng-sfj-2021-summary'] as const;
const byRule = (fs: Finding[]) => fs.reduce<Record<string, number>>((m, f) => ({ ...m, [f.ruleId]: (m[f.ruleId] ?? 0) + 1 }), {});
const excerpts = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id).map((f) => f.excerpt).join('\n');

describeShared('published text (checkText)', () => {
  const putian = checkText(read('putian-sfj-2025-notice'));
  const haizhu = checkText(read('haizhu-sfj-2020-report'));
  const qingcheng = checkText(read('qingcheng-sfj-2021-summary'));

  it('putian: half-width punctuation, the zero-padded page date, ASCII ordinals, 截止, a lone quote', () => {
    const r = byRule(putian);
    expect(r['punct.half-width']).toBeGreaterThan(500);
    expect(excerpts(putian, 'dates.format')).toContain('2025年02月17日');
    expect(r['punct.ordinal-form']).toBeGreaterThanOrEqual(38 + 8);
    expect(excerpts(putian, 'dates.jiezhi')).toContain('截止2024年第三季度');
    expect(excerpts(putian, 'punct.pairing')).toContain('1235+N”');
    expect(excerpts(putian, 'punct.dunhao-between-marked')).toContain('《整改通知书》、《督察意见书》');
  });

  it('putian: every typed run of 一是… and （1）…（38） reads as continuous', () => {
    expect(putian.filter((f) => f.ruleId === 'structure.hand-numbering')).toEqual([]);
  });

  it('haizhu: 【2000】, the phone number with an em dash, a lost （1）, a stray space', () => {
    expect(haizhu.find((f) => f.ruleId === 'numbers.doc-number')?.fix?.replacement).toBe('〔2000〕160号');
    expect(excerpts(haizhu, 'punct.dash')).toContain('020—34370321');
    expect(haizhu.filter((f) => f.ruleId === 'structure.hand-numbering').map((f) => f.message)).toEqual(['段内序号不连续：“（2）”之前缺少“（1）”。']);
    expect(excerpts(haizhu, 'punct.space')).toContain('达到 1000人次');
  });

  it('qingcheng: katakana ー in 下ー步 and 五个ー, and the hyphen in 1-5月', () => {
    expect(qingcheng.filter((f) => f.ruleId === 'wording.glyph')).toHaveLength(2);
    expect(qingcheng.filter((f) => f.ruleId === 'punct.dash').map((f) => f.fix?.replacement)).toEqual(['—', '—']);
    expect(qingcheng.filter((f) => f.ruleId === 'dates.jiezhi')).toEqual([]); // 截至2021年6月 is right
  });

  it('offers a fix for almost every punctuation finding, and the fixed text no longer has them', () => {
    for (const name of NAMES) {
      const text = read(name);
      const half = checkText(text).filter((f) => f.ruleId === 'punct.half-width');
      expect(half.filter((f) => !f.fix).length).toBeLessThan(half.length / 20);
      let out = text;
      for (const f of [...half].sort((a, b) => b.location.start! - a.location.start!)) {
        if (f.fix) out = out.slice(0, f.location.start) + f.fix.replacement + out.slice(f.location.end);
      }
      expect(checkText(out).filter((f) => f.ruleId === 'punct.half-width' && f.fix)).toEqual([]);
    }
  });
});

describeShared('imported drafts (importNoticeText → checkDraft)', () => {
  const imported = (name: string) => importNoticeText(read(name), { now: '2025-02-17T00:00:00.000Z' }).draft;
  /** Errors a published notice really has; anything else would be a false alarm on real text. */
  const REAL_ERRORS: Record<string, string[]> = {
    'putian-sfj-2025-notice': ['punct.pairing'],
    'haizhu-sfj-2020-report': ['numbers.doc-number', 'counts.prose'],
    'qingcheng-sfj-2021-summary': [],
  };

  for (const name of NAMES) {
    it(`${name}: errors are only the notice's real ones`, () => {
      const errors = checkDraft(imported(name)).filter((f) => f.severity === 'error');
      for (const f of errors) expect(REAL_ERRORS[name], `${f.ruleId}: ${f.message} | ${f.excerpt}`).toContain(f.ruleId);
    });
  }

  it('putian: finds 截止, the lone quote and the 顿号 between 书名号, in the problem where the clerk fixes them', () => {
    const d = imported('putian-sfj-2025-notice');
    const fs = checkDraft(d);
    const jiezhi = fs.find((f) => f.ruleId === 'dates.jiezhi');
    expect(jiezhi?.location.field).toBe('measure');
    expect(jiezhi?.location.measureId).toBeTruthy();
    expect(fs.some((f) => f.ruleId === 'punct.pairing')).toBe(true);
    expect(fs.filter((f) => f.ruleId === 'punct.dunhao-between-marked').length).toBeGreaterThanOrEqual(3);
  });

  it('haizhu: the stated 58 个具体问题 against the ledger, and 【2000】', () => {
    const d = imported('haizhu-sfj-2020-report');
    const fs = checkDraft(d);
    const mismatch = fs.filter((f) => f.ruleId === 'counts.bound-mismatch' || f.ruleId === 'counts.prose');
    if (computeCounts(d.body).problems === 58) expect(mismatch).toEqual([]);
    else expect(mismatch.some((f) => f.message.includes('58'))).toBe(true);
    expect(fs.some((f) => f.ruleId === 'numbers.doc-number')).toBe(true);
  });
});
