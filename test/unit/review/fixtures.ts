// Drafts and their exported DOCX for the review tests.
import { buildDocx } from '../../../core/common/docx';
import type { Draft, ProblemBlock, SectionBlock } from '../../../core/common/model/types';
import { walk } from '../../../core/common/model/walk';
import { readEditedDocx } from '../../../core/common/review';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importNoticeText } from '../../../core/common/import';
import { HAS_SHARED, NOTICES_DIR } from '../../support/shared';
import { putianSizeDraft } from '../../support/synthetic-draft';

/** The real putian notice, imported: real prose, so edited phrases are unique. Without ../shared the tests that
 *  edit its phrases are skipped (describeShared); the synthetic draft only keeps their files loadable. */
export function putianDraft(): Draft {
  if (!HAS_SHARED) return putianSizeDraft();
  return importNoticeText(readFileSync(join(NOTICES_DIR, 'putian-sfj-2025-notice.txt'), 'utf8')).draft;
}

/** The putian-size synthetic draft (status sentences on every problem) with a sentence bound to the ledger ("已完成整改N个"). */
export function ledgerDraft(): Draft {
  const d = putianSizeDraft();
  const rect = d.body.find((b): b is SectionBlock => b.type === 'section' && b.role === 'rectification')!;
  rect.children.unshift({ type: 'paragraph', id: 'p_counted', content: [{ t: 'text', text: '截至目前，已完成整改' }, { t: 'count', key: 'done' }, { t: 'text', text: '个问题。' }] });
  return d;
}

export const exported = (d: Draft) => buildDocx(d);
export const read = (bytes: Uint8Array, name = '修改稿.docx') => readEditedDocx(bytes, name);

export function problems(d: Draft): ProblemBlock[] {
  const out: ProblemBlock[] = [];
  walk(d.body, (b) => {
    if (b.type === 'problem') out.push(b);
  });
  return out;
}

export const inlineText = (c: { t: string; text?: string }[]) => c.map((x) => (x.t === 'text' ? x.text : `{${(x as { key?: string }).key}}`)).join('');
