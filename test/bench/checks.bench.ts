// Proofreading (校对): a full check of a putian-size draft (≈17,000 characters) must stay within 50 ms so it can run
// as the clerk types (debounced) and before every export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, checkText } from '../../core/common/checks/index';
import { cloneWithNewIds } from '../../core/common/model/build';
import type { Draft } from '../../core/common/model/types';
import type { Benchmark } from './harness';
import { printedChars, putianSizeDraft } from '../support/synthetic-draft';
import { NOTICES_DIR } from '../support/shared';

let draft: Draft;
let previous: Draft;
let copied: Draft;
let notice = '';
let found = 0;

const benchmarks: Benchmark[] = [
  {
    name: '校对：putian 规模文稿全量检查 (≈17,000 字, 38 问题)',
    target: '≤ 50 ms',
    runs: 30,
    setup: () => {
      draft = putianSizeDraft();
    },
    run: () => {
      found = checkDraft(draft).length;
    },
    extra: () => ({ 字数: String(printedChars(draft)), 问题项: String(found) }),
  },
  {
    name: '校对：全量检查 + 与上年稿比对雷同 (上年稿不同文字)',
    target: '≤ 50 ms',
    runs: 30,
    setup: () => {
      draft = putianSizeDraft();
      previous = putianSizeDraft({ seed: 20240217 });
    },
    run: () => {
      found = checkDraft(draft, { previous }).length;
    },
    extra: () => ({ 问题项: String(found) }),
  },
  {
    name: '校对：全量检查 + 雷同 (本年稿照抄上年稿，最坏情况)',
    target: '≤ 50 ms',
    runs: 30,
    setup: () => {
      previous = putianSizeDraft();
      copied = { ...putianSizeDraft(), body: previous.body.map((b) => cloneWithNewIds(b)) };
    },
    run: () => {
      found = checkDraft(copied, { previous }).length;
    },
    extra: () => ({ 问题项: String(found) }),
  },
  {
    name: '校对：莆田通报原文 checkText (18,000 字, 800 余处半角标点)',
    runs: 30,
    setup: () => {
      notice = readFileSync(join(NOTICES_DIR, 'putian-sfj-2025-notice.txt'), 'utf8');
    },
    run: () => {
      found = checkText(notice).length;
    },
    extra: () => ({ 问题项: String(found) }),
  },
];

export default benchmarks;
