// The last step of buildDocx: the parts docx (9.15.2) cannot write as Word does are replaced or patched in the
// package — settings.xml, fontTable.xml and the PAGE fields' cached results. Pure (fflate): runs in Node and Chromium.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { LayoutSpec } from '../layout/gbt9704';
import { fontTableXml } from './font-table';
import { settingsXml } from './settings';

/**
 * Gives every PAGE field a cached result, as Word saves it: begin, instruction, separate, a run with the number,
 * end. Readers that do not update fields (previewers, some converters) then show a number instead of nothing.
 * The result run copies the field run's properties and adds noProof (EG_RPrBase order: after rFonts).
 */
export function cachePageFields(xml: string, cached: string): string {
  return xml
    .replace(/<w:instrText( xml:space="preserve")?>\s*PAGE\s*<\/w:instrText>/g, '<w:instrText xml:space="preserve"> PAGE \\* ARABIC </w:instrText>')
    .replace(/<w:r>(<w:rPr>((?:(?!<\/w:rPr>)[\s\S])*)<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>(?!<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:t)/g,
      (run: string, _rPr: string | undefined, inner: string | undefined) => {
        const props = (inner ?? '').replace(/(<w:rFonts\b[^>]*\/>)|^/, (m) => `${m}<w:noProof/>`);
        return `${run}<w:r><w:rPr>${props}</w:rPr><w:t>${cached}</w:t></w:r>`;
      });
}

export function finishDocx(bytes: Uint8Array, spec: LayoutSpec): Uint8Array {
  const files = unzipSync(bytes);
  files['word/settings.xml'] = strToU8(settingsXml(spec));
  files['word/fontTable.xml'] = strToU8(fontTableXml(spec));
  // Odd pages carry the default footer, even pages the even one: cache 1 and 2 as Word would on save.
  const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  const doc = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  for (const name of Object.keys(files)) {
    if (!/^word\/footer\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!);
    if (!xml.includes('fldCharType="separate"')) continue;
    files[name] = strToU8(cachePageFields(xml, footerKind(name, rels, doc) === 'even' ? '2' : '1'));
  }
  // fontTable.xml now names no embedded font: its relationships part (empty from docx) may stay.
  return zipSync(files, { level: 6 });
}

/** Which footerReference type points at a footer part. */
function footerKind(part: string, rels: string, doc: string): string | undefined {
  const target = part.slice('word/'.length);
  const id = new RegExp(`<Relationship [^>]*Id="([^"]+)"[^>]*Target="${target}"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship [^>]*Target="${target}"[^>]*Id="([^"]+)"`).exec(rels)?.[1];
  if (!id) return undefined;
  return new RegExp(`<w:footerReference w:type="([a-z]+)" r:id="${id}"`).exec(doc)?.[1];
}
