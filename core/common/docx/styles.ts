// styles.xml written out in full: Normal itself carries 3号仿宋, exact 579 and 2-字 indent, and no theme fonts exist.
import { HEAD, type HeadingLevel, type LayoutSpec } from '../layout/gbt9704';
import { LAYOUT_RULES, docxRulePPr } from '../layout/rules';
import { type RunFont, runFont } from './fonts';

/** Own style ids, so no built-in Heading1… (theme colours, Latin sizes) can apply. */
export const STYLE_ID = {
  title: 'GwTitle', h1: 'GwH1', h2: 'GwH2', h3: 'GwH3', h4: 'GwH4', record: 'GwRecord', mark: 'GwMark', pageNumber: 'GwPageNumber',
} as const;
const LEVEL_NAME = ['', '一级标题', '二级标题', '三级标题', '四级标题'];

export function headingStyleId(level: HeadingLevel): string {
  return STYLE_ID[`h${level}` as 'h1'];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function rPr(font: RunFont, size: number, o: { bold?: boolean; spacing?: number; color?: string } = {}): string {
  return `<w:rPr><w:rFonts w:ascii="${esc(font.ascii)}" w:hAnsi="${esc(font.hAnsi)}" w:eastAsia="${esc(font.eastAsia)}" w:cs="${esc(font.cs)}" w:hint="${font.hint}"/>`
    + (o.bold ? '<w:b/><w:bCs/>' : '')
    + `<w:color w:val="${o.color ?? '000000'}"/><w:spacing w:val="${o.spacing ?? 0}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>`;
}

interface PPr {
  jc: string;
  firstLine: boolean;
  keepNext?: boolean;
  /** Off for text not in 三号: a larger 汉字 would take two grid cells (title) or be spread to the cell (版记). */
  snap?: boolean;
  line?: number;
  outline?: number;
  /** State the line-breaking rules (layout/rules.ts): docDefaults and Normal, which every other style is based on. */
  rules?: boolean;
}

/**
 * Children in CT_PPr schema order: keepNext, keepLines, widowControl, kinsoku, overflowPunct, autoSpaceDE,
 * autoSpaceDN, snapToGrid, spacing, ind, jc, outlineLvl.
 */
function pPr(spec: LayoutSpec, p: PPr): string {
  const ind = p.firstLine
    ? `<w:ind w:left="0" w:right="0" w:firstLineChars="${spec.firstLineChars}" w:firstLine="${spec.firstLine}"/>`
    : '<w:ind w:left="0" w:right="0" w:firstLineChars="0" w:firstLine="0"/>';
  return '<w:pPr>'
    + (p.keepNext ? '<w:keepNext/><w:keepLines/>' : '')
    + (p.rules ? docxRulePPr(LAYOUT_RULES) : '')
    + (p.snap === false ? '<w:snapToGrid w:val="0"/>' : '')
    + `<w:spacing w:before="0" w:after="0" w:line="${p.line ?? spec.line}" w:lineRule="exact"/>${ind}<w:jc w:val="${p.jc}"/>`
    + (p.outline !== undefined ? `<w:outlineLvl w:val="${p.outline}"/>` : '')
    + '</w:pPr>';
}

function paragraphStyle(id: string, name: string, body: string, opts: { basedOn?: string; def?: boolean } = {}): string {
  const based = opts.basedOn ? `<w:basedOn w:val="${opts.basedOn}"/><w:next w:val="Normal"/>` : '';
  return `<w:style w:type="paragraph"${opts.def ? ' w:default="1"' : ''} w:styleId="${id}"><w:name w:val="${esc(name)}"/>${based}<w:qFormat/>${body}</w:style>`;
}

/**
 * Paragraphs do not snap to the character grid, on purpose: LibreOffice gives every glyph wider than a grid cell
 * two cells, so any negative charSpace with 16 pt type prints 14 字 per line (measured: −100…−4096 all fail), and
 * Chromium has no grid at all. The section still declares the 28 × 22 grid (Word's 页面设置 shows 每行28字/每页22行);
 * the 28 字 come from one explicit spacing on every glyph (spec.charSpacing, −0.25 pt → 15.75 pt pitch), in the
 * docDefaults and every style here and as letter-spacing in the print CSS, so both files share one pitch.
 * Normal repeats the defaults because LibreOffice reads the grid cell size from the Normal style itself.
 */
export function stylesXml(spec: LayoutSpec): string {
  const body = runFont(spec, 'fangsong');
  const levels: HeadingLevel[] = [1, 2, 3, 4];
  const bodyRun = rPr(body, spec.size.body, { spacing: spec.charSpacing });
  const bodyPara = pPr(spec, { jc: 'both', firstLine: true, snap: false, rules: true });
  const styles = [
    paragraphStyle('Normal', 'Normal', bodyPara + bodyRun, { def: true }),
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    // 7.3.1: 2号小标宋, centred; keepNext so the title never stands alone.
    paragraphStyle(STYLE_ID.title, '公文标题', pPr(spec, { jc: 'center', firstLine: false, keepNext: true, snap: false, outline: 0 }) + rPr(runFont(spec, 'xiaobiaosong'), spec.size.title), { basedOn: 'Normal' }),
    // 7.3.3: 一、黑体 (一)楷体 1. and (1) 仿宋; headings keep the body's 左空二字.
    ...levels.map((l) => paragraphStyle(headingStyleId(l), LEVEL_NAME[l]!,
      pPr(spec, { jc: 'both', firstLine: true, keepNext: true, snap: false, outline: l }) + rPr(runFont(spec, spec.headingFont[l]), spec.size.body, { bold: spec.bold[l], spacing: spec.charSpacing }),
      { basedOn: 'Normal' })),
    // 7.4: 版记 4号仿宋.
    paragraphStyle(STYLE_ID.record, '版记', pPr(spec, { jc: 'left', firstLine: false, snap: false }) + rPr(body, spec.size.record), { basedOn: 'Normal' }),
    // 7.2.4: 发文机关标志 in red 小标宋.
    paragraphStyle(STYLE_ID.mark, '发文机关标志', pPr(spec, { jc: 'center', firstLine: false, snap: false }) + rPr(runFont(spec, 'xiaobiaosong'), HEAD.markSize, { color: HEAD.red }), { basedOn: 'Normal' }),
    // 7.5: 4号半角宋体.
    paragraphStyle(STYLE_ID.pageNumber, '页码', pPr(spec, { jc: 'right', firstLine: false, snap: false, line: spec.size.pageNumber * 10 }) + rPr(runFont(spec, 'songti'), spec.size.pageNumber), { basedOn: 'Normal' }),
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
  ];
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + `<w:docDefaults><w:rPrDefault>${bodyRun}</w:rPrDefault><w:pPrDefault>${bodyPara}</w:pPrDefault></w:docDefaults>`
    + styles.join('')
    + '</w:styles>';
}
