// Import timings: the putian notice from text to draft, and reading + importing a GBK copy from disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNoticeText } from '../../core/common/import/index';
import { readNoticeFile } from '../../core/node/readers/index';
import { encodeGbk } from '../unit/import/support/gbk';
import type { Benchmark } from './harness';
import { NOTICES_DIR } from '../support/shared';

const PUTIAN = join(NOTICES_DIR, 'putian-sfj-2025-notice.txt');
const text = readFileSync(PUTIAN, 'utf8');
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
