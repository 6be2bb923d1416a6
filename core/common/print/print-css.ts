// The print view's stylesheet: CSS paged media with the GB/T 9704 numbers from layout/gbt9704.ts.
import { CSS_LATIN_FAMILY, type FontProfile, ENGLISH_NAME, cssFontFamily, cssLatinFace } from '../layout/fonts';
import { type LayoutSpec, HEAD, cssLengths, typeAreaHeight } from '../layout/gbt9704';
import { LAYOUT_RULES, cssRuleDeclarations } from '../layout/rules';
import { twipToMm } from '../layout/units';

const TITLE_FAMILY = 'QicaoTitle';
/** The red rule under the 发文字号 (print-html.ts counts it in the 版头's height). */
export const DOCNO_RULE_PT = 1.5;

/** 小标宋 is commercial; the fallback is a bold Song so the title still reads as a title (local() only). */
function titleFace(fonts: FontProfile): string {
  const name = fonts.cjk.xiaobiaosong;
  const locals = [ENGLISH_NAME[name], name, 'FZXiaoBiaoSong-B05', 'Noto Serif CJK SC Bold', 'NotoSerifCJKsc-Bold', 'Noto Serif CJK SC']
    .filter((n): n is string => !!n)
    .map((n) => `local('${n.replace(/'/g, '')}')`);
  return `@font-face { font-family: ${TITLE_FAMILY}; src: ${[...new Set(locals)].join(', ')}; }`;
}

export function printCss(spec: LayoutSpec): string {
  const c = cssLengths(spec);
  const f = spec.fonts;
  const pn = (side: 'left' | 'right') => `@bottom-${side} {
      content: "${spec.pageNumber.dash}${spec.pageNumber.gap}" counter(page) "${spec.pageNumber.gap}${spec.pageNumber.dash}";
      font-family: ${cssFontFamily(f, 'songti', false)}; font-size: ${c.pageNumberSize}; line-height: ${c.pageNumberSize};
      letter-spacing: 0; text-align: ${side}; vertical-align: top;
      padding-top: calc(7mm - ${c.pageNumberSize} / 2); padding-${side}: ${c.pageNumberSideIndent};
    }`;
  const bold = (l: 1 | 2 | 3 | 4) => (spec.bold[l] ? 'bold' : 'normal');
  return `${cssLatinFace(f)}
${titleFace(f)}
/* GB/T 9704 5.1–5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
@page { size: ${c.pageSize}; margin: ${c.pageMargin}; }
/* 7.5: "— N —" 4号宋体, 一字线 7 mm below the 版心; odd pages 右空一字, even pages 左空一字. */
@page :right { ${pn('right')} }
@page :left { ${pn('left')} }
/* 7.5: no page number on blank pages before the 版记 nor on the 版记 page. */
@page :blank { @bottom-right { content: none; } @bottom-left { content: none; } }
@page record { @bottom-right { content: none; } @bottom-left { content: none; } }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body {
  font-family: ${cssFontFamily(f, 'fangsong')}; font-size: ${c.bodySize}; line-height: ${c.lineHeight};
  /* 22 lines × 28 字 (5.2.3): 28 × (16 pt + letter-spacing) ≤ 版心 width, the DOCX's run spacing. */
  letter-spacing: ${c.letterSpacing}; text-align: justify; text-justify: inter-character;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
  /* The line-breaking rules the DOCX states too (layout/rules.ts): widows, autospace, compression, kinsoku. */
  ${cssRuleDeclarations(LAYOUT_RULES)} font-kerning: none; font-variant-east-asian: normal;
}
p { margin: 0; text-indent: ${c.firstLineIndent}; min-height: ${c.lineHeight}; }
p.blank, p.title, p.right, p.mark, p.docno { text-indent: 0; }
/* Digits and Latin in the Latin face, as in the DOCX (ascii font): title-break.ts counts them as half a 字. */
.title { font-family: ${CSS_LATIN_FAMILY}, ${TITLE_FAMILY}, ${cssFontFamily(f, 'xiaobiaosong')}; font-size: ${c.titleSize}; letter-spacing: 0; text-align: center; break-after: avoid; break-inside: avoid; }
.h1 { font-family: ${cssFontFamily(f, 'heiti')}; font-weight: ${bold(1)}; }
.h2 { font-family: ${cssFontFamily(f, 'kaiti')}; font-weight: ${bold(2)}; }
.h3 { font-family: ${cssFontFamily(f, 'fangsong')}; font-weight: ${bold(3)}; }
.h4 { font-family: ${cssFontFamily(f, 'fangsong')}; font-weight: ${bold(4)}; }
/* Word's keepNext and keepLines on the DOCX's headings (docx/styles.ts); layout/paginate.ts takes the same rules. */
p.heading { break-after: avoid; break-inside: avoid; }
p.right { text-align: right; }
.signature { break-inside: avoid; }
/* 版头 (7.2). */
.mark { font-family: ${CSS_LATIN_FAMILY}, ${TITLE_FAMILY}, ${cssFontFamily(f, 'xiaobiaosong')}; color: #${HEAD.red}; text-align: center; letter-spacing: 0; margin-top: ${HEAD.markTopMm}mm; }
.docno { text-align: center; padding-bottom: ${HEAD.ruleBelowMm}mm; border-bottom: ${DOCNO_RULE_PT}pt solid #${HEAD.red}; }
.docno.with-issuer { display: flex; justify-content: space-between; padding-left: ${c.charWidth}; padding-right: ${c.charWidth}; }
.issuer-name { font-family: ${cssFontFamily(f, 'kaiti')}; }
/* 版记 (7.4): on its own even page, last rule on the 版心 bottom. */
.record-pad { page: record; break-before: page; height: 1px; }
.record-page { page: record; break-before: left; height: ${(twipToMm(typeAreaHeight(spec)) - 0.5).toFixed(2)}mm; display: flex; flex-direction: column; justify-content: flex-end; }
.record { font-size: ${c.recordSize}; letter-spacing: 0; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; }
.record p { text-indent: 0; padding: 0 ${c.recordSize}; }
.record .copy { padding-left: calc(${c.recordSize} * 4); text-indent: calc(${c.recordSize} * -3); border-bottom: 0.25mm solid #000; }
.record .printed { display: flex; justify-content: space-between; }
.latin { font-family: ${CSS_LATIN_FAMILY}; }`;
}
