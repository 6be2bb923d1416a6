// Anchors that let Qicao recognise its own DOCX after the leader edited it (issue 12): a bookmark per printed
// paragraph and custom document properties naming the draft, the exported version and its content fingerprint.
// Bookmarks and docProps/custom.xml are invisible to the reader and survive a save in Word, WPS and LibreOffice.
import { fingerprint } from '../model/fingerprint';
import type { Draft } from '../model/types';
import type { PrintedParagraph } from '../render/printed';

/** What the exported file says about where it came from. */
export interface ExportAnchors {
  draftId: string;
  /** The library version kept for this export; absent when exported outside the library (CLI). */
  versionId?: number;
  /** draftFingerprint() of the exported draft. */
  contentHash: string;
}

export const ANCHOR_PROPERTY = {
  draftId: 'QicaoDraftId',
  versionId: 'QicaoVersionId',
  contentHash: 'QicaoContentHash',
  title: 'QicaoDraftTitle',
} as const;

/** Word keeps bookmark names of at most 40 characters, starting with a letter. */
export const BOOKMARK_MAX = 40;
export const ANCHOR_PREFIX = 'q_';

/** The draft's content identity; ignores updatedAt, which changes on every save. */
export function draftFingerprint(draft: Draft): string {
  return fingerprint(JSON.stringify({ ...draft, updatedAt: '' }));
}

/** Anchor key of each printed paragraph: its block id and the paragraph's index among that block's paragraphs. */
export function anchorKeys(printed: PrintedParagraph[]): string[] {
  const seen = new Map<string, number>();
  return printed.map((p) => {
    const base = p.sourceId ?? p.kind;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}~${n}`;
  });
}

/** A bookmark name for an anchor key: q_<key>, made Word-safe (letters, digits, _), at most 40 characters. */
export function bookmarkName(key: string): string {
  const safe = key.replace(/~/g, '__').replace(/[^A-Za-z0-9_]/g, '_');
  const name = ANCHOR_PREFIX + safe;
  return name.length <= BOOKMARK_MAX ? name : `${ANCHOR_PREFIX}h${fingerprint(key)}`;
}

/** The paragraph's runs inside its anchor bookmark. */

/** Bookmark names by printed paragraph, for the DOCX body builder. */
export function anchorNamer(printed: PrintedParagraph[]): (p: PrintedParagraph) => string | undefined {
  const keys = anchorKeys(printed);
  const names = new Map(printed.map((p, i) => [p, bookmarkName(keys[i]!)]));
  return (p) => names.get(p);
}

export function anchorProperties(a: ExportAnchors, title: string): { name: string; value: string }[] {
  return [
    { name: ANCHOR_PROPERTY.draftId, value: a.draftId },
    ...(a.versionId !== undefined ? [{ name: ANCHOR_PROPERTY.versionId, value: String(a.versionId) }] : []),
    { name: ANCHOR_PROPERTY.contentHash, value: a.contentHash },
    ...(title ? [{ name: ANCHOR_PROPERTY.title, value: title }] : []),
  ];
}
