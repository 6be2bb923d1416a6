// Import timings: the putian notice from text to draft (as published and hard-wrapped as a PDF copy gives it),
// reading + importing a GBK copy from disk, and the largest notice of the corpus (test/fixtures/notices).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importNoticeText } from '../../core/common/import/index';
import { readNoticeFile } from '../../core/node/readers/index';
import { encodeGbk } from '../unit/import/support/gbk';
import { hardWrap } from '../unit/import/support/hard-wrap';
import type { Benchmark } from './harness';
import { NOTICES_DIR } from '../support/shared';

const PUTIAN = join(NOTICES_DIR, 'putian-sfj-2025-notice.txt');
const text = readFileSync(PUTIAN, 'utf8');
const wrapped = hardWrap(text, 35);
// Bundled into .tmp/bench: found from the repository root, where the bench runs.
const CORPUS = resolve('test', 'fixtures', 'notices');
const largest = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))
  .map((f) => ({ f, t: readFileSync(join(CORPUS, f), 'utf8') }))
  .sort((a, b) => b.t.length - a.t.length)[0]!;
let dir = '';
let gbkPath = '';

const benchmarks: Benchmark[] = [
  {
    name: `导入 putian 通报 文本→文稿 (${Math.round(Buffer.byteLength(text) / 1024)} KB)`,
    target: '≤ 150 ms',
    runs: 30,
    warmup: 3,
    run: () => importNoticeText(text),
  },
  {
    name: `导入 putian 通报 硬换行副本 (35 字/行，${wrapped.split('\n').length} 行)`,
    target: '≤ 150 ms',
    runs: 30,
    warmup: 3,
    run: () => importNoticeText(wrapped),
  },
  {
    name: `导入语料中最大的通报 ${largest.f} (${largest.t.length} 字符)`,
    target: '≤ 50 ms',
    runs: 50,
    warmup: 5,
    run: () => importNoticeText(largest.t),
  },
  {
    name: '读取 GBK 文件并导入 putian 通报',
    target: '≤ 200 ms',
    runs: 30,
    warmup: 3,
    setup: () => {
      dir = mkdtempSync(join(tmpdir(), 'qicao-bench-'));
      gbkPath = join(dir, 'putian-gbk.txt');
      writeFileSync(gbkPath, encodeGbk(text));
    },
    run: async () => {
      const { text: t, encoding } = await readNoticeFile(gbkPath);
      if (encoding !== 'gb18030') throw new Error(`detected ${encoding}`);
      return importNoticeText(t);
    },
    teardown: () => rmSync(dir, { recursive: true, force: true }),
  },
];

export default benchmarks;
