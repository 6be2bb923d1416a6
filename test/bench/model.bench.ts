// Document model: build a putian-size draft (≈17,000 characters) and render it, as the editor and exporters do.
import { computeCounts } from '../../core/common/model/counts';
import { computeNumbering } from '../../core/common/model/numbering';
import type { Draft } from '../../core/common/model/types';
import { renderPlainText } from '../../core/common/render/plain-text';
import { summarize } from '../../core/common/summary';
import type { Benchmark } from './harness';
import { printedChars, putianSizeDraft } from '../support/synthetic-draft';

let draft: Draft;
let chars = 0;

const benchmarks: Benchmark[] = [
  {
    name: '文档模型：构建 putian 规模文稿 (3 方面 / 15 类 / 38 问题)',
    runs: 30,
    run: () => {
      draft = putianSizeDraft();
    },
  },
  {
    name: '文档模型：序号 + 统计 + 纯文本渲染 (putian 规模)',
    target: '—',
    runs: 50,
    setup: () => {
      draft = putianSizeDraft();
      chars = printedChars(draft);
    },
    run: () => {
      computeNumbering(draft.body);
      computeCounts(draft.body);
      summarize(draft);
      return renderPlainText(draft);
    },
    extra: () => ({ 字数: String(chars) }),
  },
];

export default benchmarks;
