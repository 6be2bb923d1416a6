// Anchors on export: every printed paragraph in a bookmark named from its block (Word's 40-character limit), the
// draft, version and fingerprint in docProps/custom.xml; and the review's pieces add up to the printed text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { BOOKMARK_MAX, draftFingerprint } from '../../../core/common/docx/anchors';
import { importNoticeText } from '../../../core/common/import';
import { printedText, toPrinted } from '../../../core/common/render/printed';
import { baseParts } from '../../../core/common/review/pieces';
import { HAS_SHARED, NOTICES_DIR } from '../../support/shared';
import { putianSizeDraft } from '../../support/synthetic-draft';

// The real notices where ../shared is beside the repository; the synthetic putian-size draft everywhere.
const notices = HAS_SHARED ? ['putian-sfj-2025-notice.txt', 'haizhu-sfj-2020-report.txt', 'qingcheng-sfj-2021-summary.txt'] : [];
const drafts = [
  ...notices.map((f) => [f, importNoticeText(readFileSync(join(NOTICES_DIR, f), 'utf8')).draft] as const),
  ['synthetic putian size', putianSizeDraft()] as const,
];

describe('anchors on export', () => {
  it.each(drafts)('puts every printed paragraph of %s in its own bookmark, and names the draft in the file', async (_name, draft) => {
    const zip = await JSZip.loadAsync(await buildDocx(draft, { versionId: 42 }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const names = [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]!);
    expect(names).toHaveLength(toPrinted(draft).length);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.length <= BOOKMARK_MAX && /^q_[A-Za-z0-9_]+$/.test(n))).toBe(true);
    expect(names).toEqual(baseParts(draft).map((p) => p.name));
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    for (const v of [draft.id, '42', draftFingerprint(draft)]) expect(custom).toContain(`<vt:lpwstr>${v}</vt:lpwstr>`);
  });

  it.each(drafts)('splits each printed paragraph of %s into pieces that add up to it', (_name, draft) => {
    const printed = toPrinted(draft).map(printedText);
    const parts = baseParts(draft);
    expect(parts.map((p) => p.text)).toEqual(printed);
    // No paragraph falls back to one uneditable piece: the pieces mirror render/printed.ts.
    expect(parts.filter((p) => p.pieces.length === 1 && p.pieces[0]!.kind === 'fixed').map((p) => p.text)).toEqual([]);
  });

  it('changes the fingerprint with the content, not with the save time', () => {
    const d = putianSizeDraft();
    expect(draftFingerprint({ ...d, updatedAt: '2030-01-01T00:00:00Z' })).toBe(draftFingerprint(d));
    expect(draftFingerprint({ ...d, fields: { ...d.fields, title: '另一个标题' } })).not.toBe(draftFingerprint(d));
  });
});
