// Export timings on the putian-size draft (≈17,000 字, 38 problems): DOCX, PDF with browser start, LibreOffice reference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx } from '../../core/common/docx';
import { exportPdf } from '../../core/node/export';
import { putianSizeDraft } from '../support/synthetic-draft';
import type { Benchmark } from './harness';

const draft = putianSizeDraft();
const dir = mkdtempSync(join(tmpdir(), 'qicao-bench-'));
const docxPath = join(dir, 'putian.docx');
let docxBytes = 0;

const benchmarks: Benchmark[] = [
  {
    name: 'DOCX 导出 putian 规模（17,000 字，warm）',
    target: '≤ 150 ms',
    runs: 20,
    warmup: 3,
    run: async () => {
      const bytes = await buildDocx(draft);
      docxBytes = bytes.length;
    },
    extra: () => ({ size: `${(docxBytes / 1024).toFixed(0)} KB` }),
  },
  {
    name: 'PDF 导出（含启动浏览器）',
    target: '≤ 2 s',
    runs: 5,
    warmup: 1,
    run: () => exportPdf(draft, join(dir, 'putian.pdf')),
  },
  {
    name: '参照：soffice --convert-to pdf（同一 DOCX）',
    runs: 3,
    warmup: 1,
    setup: async () => writeFileSync(docxPath, await buildDocx(draft)),
    run: () => {
      execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docxPath], {
        env: { ...process.env, HOME: dir }, stdio: 'pipe',
      });
    },
  },
];

export default benchmarks;
