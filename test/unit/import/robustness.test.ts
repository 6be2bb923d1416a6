// No input crashes or hangs the importer: 200 seeded random mutations of the fixture notices (shuffled lines, cut
// text, duplicated headings, stray ordinals, flattened runs) each import to a draft that summarises and prints.
import { expect, it } from 'vitest';
import { describeShared } from '../../support/shared';
import { importNoticeText } from '../../../core/common/import/index';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { summarize } from '../../../core/common/summary';
import { FIXTURES, readNotice } from './support/fixtures';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its index. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINALS = ['一、', '二、', '十一、', '（一）', '（三）', '（十）', '1.', '2.', '15.', '1、', '（1）', '（2）', '（38）', '第一部分', '第三部分', '一是', '二是', '整改情况：', '问题整改做法与成效：', '整改状态：已完成', '（已完成整改）', '2025年2月17日', '二〇二四年三月五日', '中共某某局党组', '欢迎广大干部群众', '联系电话：', '针对', '的问题，已完成整改。'];

type Mutation = (lines: string[], r: () => number) => string[];
const pick = <T,>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

const MUTATIONS: Mutation[] = [
  // shuffle a window of lines
  (ls, r) => {
    const out = [...ls];
    const from = Math.floor(r() * out.length);
    const to = Math.min(out.length, from + 2 + Math.floor(r() * 30));
    for (let i = to - 1; i > from; i--) {
      const j = from + Math.floor(r() * (i - from + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  },
  // truncate the text at a random character
  (ls, r) => {
    const text = ls.join('\n');
    return text.slice(0, Math.floor(r() * text.length)).split('\n');
  },
  // duplicate heading lines (and runs after them)
  (ls, r) => {
    const out: string[] = [];
    for (const l of ls) {
      out.push(l);
      if (/^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、]|（\d+）)/.test(l) && r() < 0.3) out.push(l, l);
    }
    return out;
  },
  // insert ordinals and role words at random places, at line starts and inside lines
  (ls, r) => {
    const out = [...ls];
    const n = 1 + Math.floor(r() * 40);
    for (let k = 0; k < n; k++) {
      const i = Math.floor(r() * out.length);
      const line = out[i] ?? '';
      const at = r() < 0.5 ? 0 : Math.floor(r() * line.length);
      out[i] = line.slice(0, at) + pick(ORDINALS, r) + line.slice(at);
      if (r() < 0.2) out.splice(i, 0, pick(ORDINALS, r));
    }
    return out;
  },
  // flatten a run of lines onto one, or the whole text
  (ls, r) => {
    if (r() < 0.3) return [ls.join('')];
    const from = Math.floor(r() * ls.length);
    const to = Math.min(ls.length, from + 2 + Math.floor(r() * 60));
    return [...ls.slice(0, from), ls.slice(from, to).join(''), ...ls.slice(to)];
  },
  // drop lines at random
  (ls, r) => ls.filter(() => r() > 0.3),
  // repeat one line many times, or one long line without any break
  (ls, r) => {
    const l = pick(ls, r) ?? '';
    return r() < 0.5 ? [...ls, ...Array.from({ length: 300 }, () => l)] : [Array.from({ length: 200 }, () => l).join('')];
  },
  // half-width punctuation, stray brackets and blank lines
  (ls, r) => ls.map((l) => (r() < 0.5 ? l.replace(/（/g, '(').replace(/）/g, r() < 0.5 ? ')' : '') : `${l}\n`)),
];

describeShared('robustness of importNoticeText', () => {
  const sources = FIXTURES.map((n) => readNotice(n).split('\n'));

  it('returns a draft for 200 random mutations of the fixtures', () => {
    const r = rng(20250301);
    let returned = 0;
    for (let i = 0; i < 200; i++) {
      let lines = pick(sources, r);
      const rounds = 1 + Math.floor(r() * 3);
      for (let k = 0; k < rounds; k++) lines = pick(MUTATIONS, r)(lines, r);
      const text = lines.join('\n');
      let summary: ReturnType<typeof summarize>;
      try {
        const { draft } = importNoticeText(text, { now: 'x' });
        summary = summarize(draft);
        renderPlainText(draft);
      } catch (e) {
        throw new Error(`mutation ${i} threw: ${(e as Error).message}\n${text.slice(0, 300)}`, { cause: e });
      }
      expect(['rectification', 'work-summary', 'unknown']).toContain(summary.docType);
      returned++;
    }
    expect(returned).toBe(200);
  }, 120_000);

  it('returns for degenerate inputs', () => {
    for (const text of ['', '\n\n\n', '一、', '（一）（二）（三）', '1.1.1.1.', '一是二是三是', '。'.repeat(10_000), '（1）'.repeat(5_000), '针对'.repeat(5_000), 'a'.repeat(200_000)]) {
      expect(importNoticeText(text, { now: 'x' }).draft).toBeDefined();
    }
  }, 60_000);
});
