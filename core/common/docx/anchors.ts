// The DOCX side of the export anchors: a bookmark around each printed paragraph. The names, fingerprints and
// properties (anchor-names.ts) carry no docx import, so reading an edited file back never loads the DOCX writer.
import { Bookmark, type ParagraphChild } from 'docx';

export * from './anchor-names';

export function anchored(name: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
  return name ? [new Bookmark({ id: name, children })] : children;
}
