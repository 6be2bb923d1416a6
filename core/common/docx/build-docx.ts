// buildDocx: a draft as a GB/T 9704-2012 Word file; pure (runs in Node, Chromium and Electron alike).
import { Document, DocumentGridType, type ISectionOptions, SectionType } from 'docx';
import { type FontProfile, WINDOWS_DEFAULT } from '../layout/fonts';
import { type LayoutPreset, type LayoutSpec, STANDARD_PRESET, resolveLayout } from '../layout/gbt9704';
import { titleText } from '../layout/title-break';
import { fieldText } from '../model/fields';
import type { Draft } from '../model/types';
import { toPrinted } from '../render/printed';
import { anchorNamer, anchorProperties, draftFingerprint } from './anchors';
import { bodyParagraphs } from './body';
import { pageNumberFooters } from './footers';
import { headParagraphs } from './head';
import { recordFooter } from './record';
import { emptyLine } from './body';
import { fontTableXml } from './font-table';
import { settingsXml } from './settings';
import { stylesXml } from './styles';
import { type Zipper, packDocx } from './pack';

export interface BuildDocxOptions {
  preset?: LayoutPreset;
  fonts?: FontProfile;
  /** Overrides draft.options.internal: 版头 and 版记 (the public version has neither). */
  internal?: boolean;
  /** Overrides draft.options.seal. */
  seal?: boolean;
  /** The library version kept for this export, named in the file so an edited copy finds its base (docx/anchors.ts). */
  versionId?: number;
  /** The host's zipper (Node: native zlib); docx's own fflate where none is given. */
  zip?: Zipper;
}

function sectionProps(spec: LayoutSpec) {
  const m = spec.page.margin;
  return {
    page: {
      size: { width: spec.page.width, height: spec.page.height },
      margin: { top: m.top, bottom: m.bottom, left: m.left, right: m.right, header: spec.page.header, footer: spec.page.footer, gutter: 0 },
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: spec.grid.linePitch, charSpace: spec.grid.charSpace },
  };
}

function withFooterAt(p: ReturnType<typeof sectionProps>, footer: number): ReturnType<typeof sectionProps> {
  return { ...p, page: { ...p.page, margin: { ...p.page.margin, footer } } };
}

/** The 发文机关标志 text: the signing organ + 文件 (7.2.4). */
export function markText(draft: Draft): string {
  const organ = fieldText(draft, 'signer') || draft.profile.partyGroupName || draft.profile.fullName;
  return organ ? `${organ}文件` : '';
}

export function buildDocument(draft: Draft, opts: BuildDocxOptions = {}): Document {
  const spec = layoutFor(opts);
  const internal = opts.internal ?? draft.options.internal;
  const seal = opts.seal ?? draft.options.seal;
  const head = internal
    ? headParagraphs(spec, { mark: markText(draft), docNumber: fieldText(draft, 'docNumber'), issuer: fieldText(draft, 'issuer') })
    : [];
  const printed = toPrinted(draft);
  const body = bodyParagraphs(spec, printed, seal, anchorNamer(printed));
  const sections: ISectionOptions[] = [{ properties: sectionProps(spec), footers: pageNumberFooters(spec), children: [...head, ...body] }];
  if (internal) {
    const record = recordFooter(spec, {
      copyTo: fieldText(draft, 'copyTo'),
      printer: fieldText(draft, 'printer') || draft.profile.fullName,
      printDate: fieldText(draft, 'printDate') || fieldText(draft, 'docDate'),
    });
    sections.push({
      // 版记 on the last (even) page, its last rule on the 版心 bottom, no page number there (Std 7.4, 7.5).
      properties: { ...withFooterAt(sectionProps(spec), spec.page.margin.bottom), type: SectionType.EVEN_PAGE },
      footers: { default: record, even: record },
      children: [emptyLine(spec)],
    });
  }
  return new Document({
    creator: '起草 Qicao',
    title: titleText(fieldText(draft, 'title')),
    evenAndOddHeaderAndFooters: true,
    customProperties: anchorProperties(
      { draftId: draft.id, contentHash: draftFingerprint(draft), ...(opts.versionId !== undefined ? { versionId: opts.versionId } : {}) },
      fieldText(draft, 'title'),
    ),
    sections,
  });
}

/** The spec the draft is laid out with (exported for tests and the print view). */
export function layoutFor(opts: BuildDocxOptions = {}): LayoutSpec {
  return resolveLayout(opts.preset ?? STANDARD_PRESET, opts.fonts ?? WINDOWS_DEFAULT);
}

export async function buildDocx(draft: Draft, opts: BuildDocxOptions = {}): Promise<Uint8Array> {
  const spec = layoutFor(opts);
  // styles.xml is replaced whole: docx's own defaults (Heading1 in 2E74B5, no Normal size) are not GB/T 9704.
  // settings.xml and fontTable.xml too: Word's East-Asian settings and a font table docx cannot write.
  const parts = [
    { path: 'word/styles.xml', data: stylesXml(spec) },
    { path: 'word/settings.xml', data: settingsXml(spec) },
    { path: 'word/fontTable.xml', data: fontTableXml(spec) },
  ];
  return packDocx(buildDocument(draft, opts), parts, opts.zip);
}
