// GBT9704.md §11 checklist on the produced DOCX XML.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { TRADITIONAL_GB2312 } from '../../../core/common/layout/fonts';
import { titleLines } from '../../../core/common/layout/title-break';
import { LEDGER_COLUMNS, buildLedgerDocx, ledgerLines, ledgerRows, wrappedLines } from '../../../core/common/ledger';
import { buildPrintHtml } from '../../../core/common/print';
import { putianSizeDraft } from '../../support/synthetic-draft';

const attr = (xml: string, el: string, name: string): string | undefined => new RegExp(`<${el}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
const styleXml = (styles: string, id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

async function unzip(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  return out;
}

describe('public DOCX (no 版头/版记)', () => {
  let x: Record<string, string>;
  let doc: string;
  let styles: string;
  beforeAll(async () => {
    x = await unzip(await buildDocx(putianSizeDraft()));
    doc = x['word/document.xml']!;
    styles = x['word/styles.xml']!;
  });

  it('is A4 with the standard margins and the 22 × 28 grid', () => {
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(doc, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(doc, 'w:pgMar', 'w:top')).toBe('2098');
    expect(Math.abs(Number(attr(doc, 'w:pgMar', 'w:bottom')) - 1984)).toBeLessThanOrEqual(1);
    expect(['1587', '1588']).toContain(attr(doc, 'w:pgMar', 'w:left'));
    expect(attr(doc, 'w:pgMar', 'w:right')).toBe('1474');
    expect(attr(doc, 'w:docGrid', 'w:type')).toBe('linesAndChars');
    expect(attr(doc, 'w:docGrid', 'w:linePitch')).toBe('579');
    const cs = Number(attr(doc, 'w:docGrid', 'w:charSpace'));
    expect(cs).toBeGreaterThanOrEqual(-860);
    expect(cs).toBeLessThanOrEqual(-845);
  });

  it('Normal is 3号仿宋, exact 579, 左空二字', () => {
    const normal = styleXml(styles, 'Normal');
    expect(attr(normal, 'w:sz', 'w:val')).toBe('32');
    expect(attr(normal, 'w:rFonts', 'w:eastAsia')).toBe('仿宋');
    expect(attr(normal, 'w:spacing', 'w:line')).toBe('579');
    expect(attr(normal, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(normal, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(normal, 'w:ind', 'w:firstLine')).toBe('632');
  });

  it('states the line-breaking rules in docDefaults and Normal, and one run spacing everywhere', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    for (const xml of [defaults, styleXml(styles, 'Normal')]) {
      expect(attr(xml, 'w:widowControl', 'w:val')).toBe('0');
      expect(attr(xml, 'w:kinsoku', 'w:val')).toBe('1');
      expect(attr(xml, 'w:overflowPunct', 'w:val')).toBe('0');
      expect(attr(xml, 'w:autoSpaceDE', 'w:val')).toBe('0');
      expect(attr(xml, 'w:autoSpaceDN', 'w:val')).toBe('0');
      // 28 字 from one spacing on every glyph (−0.3 pt), not the grid: no paragraph snaps.
      expect(attr(xml, 'w:snapToGrid', 'w:val')).toBe('0');
      expect(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"/.exec(xml)?.[1]).toBe('-6');
    }
    for (const l of [1, 2, 3, 4]) expect(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"/.exec(styleXml(styles, `GwH${l}`))?.[1]).toBe('-6');
    // Runs carry no spacing of their own: pasted text gets the same pitch from the styles.
    expect(doc).not.toMatch(/<w:r>(?:(?!<\/w:r>)[\s\S])*<w:spacing w:val=/);
  });

  it('title is 2号小标宋, centred, no indent, keepNext', () => {
    const title = styleXml(styles, 'GwTitle');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    expect(attr(title, 'w:ind', 'w:firstLineChars')).toBe('0');
    const firstP = /<w:body><w:p>[\s\S]*?<\/w:p>/.exec(doc)![0];
    expect(firstP).toContain('w:val="GwTitle"');
    expect(firstP).toContain('<w:keepNext/>');
    expect(attr(firstP, 'w:sz', 'w:val')).toBe('44');
    // 7.3.1: the lines title-break chose, joined by w:br — the print view breaks it with <br> at the same place.
    const lines = titleLines(putianSizeDraft().fields.title!);
    expect(lines.length).toBe(2);
    expect([...firstP.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(lines);
    expect(firstP).toMatch(/<w:br\/>/);
    expect(buildPrintHtml(putianSizeDraft())).toContain(`<p class="title">${lines.join('<br>')}</p>`);
  });

  it('the page rules of layout/paginate.ts: headings keepNext + keepLines, the 署名 block kept whole with its blank line', () => {
    for (const l of [1, 2, 3, 4]) expect(styleXml(styles, `GwH${l}`)).toContain('<w:keepNext/><w:keepLines/>');
    expect(styleXml(styles, 'GwTitle')).toContain('<w:keepNext/><w:keepLines/>');
    const paras = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const signer = paras.findIndex((p) => p.includes('>中共莆田市司法局党组<') && p.includes('w:val="right"'));
    expect(signer).toBeGreaterThan(0);
    // The blank line before the 署名 goes with it, as the print view's .signature (break-inside: avoid).
    expect(paras[signer - 1]).not.toContain('<w:t');
    expect(paras[signer - 1]).toContain('<w:keepNext/>');
    expect(paras[signer]).toContain('<w:keepNext/>');
    expect(paras[signer + 1]).not.toContain('<w:keepNext/>');
  });

  it('headings: 一、黑体 （一）楷体 1./（1）仿宋, 三号, not bold by default', () => {
    const fonts = [1, 2, 3, 4].map((l) => attr(styleXml(styles, `GwH${l}`), 'w:rFonts', 'w:eastAsia'));
    expect(fonts).toEqual(['黑体', '楷体', '仿宋', '仿宋']);
    for (const l of [1, 2, 3, 4]) {
      expect(attr(styleXml(styles, `GwH${l}`), 'w:sz', 'w:val')).toBe('32');
      expect(styleXml(styles, `GwH${l}`)).not.toContain('<w:b/>');
    }
    expect(doc).toMatch(/<w:pStyle w:val="GwH1"\/>[\s\S]*?eastAsia="黑体"[\s\S]*?一、/);
  });

  it('a run-in heading keeps 楷体 for its first run only', () => {
    const p = /<w:p>(?:(?!<\/w:p>)[\s\S])*（一）提高政治站位(?:(?!<\/w:p>)[\s\S])*<\/w:p>/.exec(doc)![0];
    const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => attr(m[1]!, 'w:rFonts', 'w:eastAsia'));
    expect(runs).toEqual(['楷体', '仿宋']);
  });

  it('every paragraph has an exact line height and every run hint eastAsia; no theme fonts', () => {
    const paras = doc.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
    for (const p of paras) expect(p).toMatch(/w:lineRule="exact"/);
    const rFonts = [...doc.matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]);
    expect(rFonts.length).toBeGreaterThan(100);
    for (const f of rFonts) expect(f).toContain('w:hint="eastAsia"');
    for (const xml of Object.values(x)) expect(xml).not.toMatch(/w:(ascii|eastAsia|hAnsi|cs)Theme=/);
  });

  it('has odd/even footers "— PAGE —" in 4号宋体, right/left with 1 字', async () => {
    expect(x['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const rels = x['word/_rels/document.xml.rels']!;
    const footerOf = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(doc)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return x[`word/${target[1] ?? target[2]}`]!;
    };
    for (const [type, jc, side] of [['default', 'right', 'w:right'], ['even', 'left', 'w:left']] as const) {
      const f = footerOf(type);
      expect(f).toContain('PAGE');
      const texts = [...f.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      expect(texts[0]!.startsWith('\u2014')).toBe(true);
      expect(texts[texts.length - 1]!.endsWith('\u2014')).toBe(true);
      expect(attr(f, 'w:sz', 'w:val')).toBe('28');
      expect(attr(f, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
      expect(attr(f, 'w:rFonts', 'w:ascii')).toBe('宋体');
      expect(attr(f, 'w:jc', 'w:val')).toBe(jc);
      expect(attr(f, 'w:ind', side)).toBe('320');
    }
  });

  it('signs 7.3.5.2 (no seal): a blank line, 署名 右空二字, the date in Chinese form', () => {
    const tail = doc.slice(doc.lastIndexOf('中共莆田市司法局党组</w:t>') - 1500);
    expect(tail).toContain('2025年2月17日');
    const signer = /<w:p>(?:(?!<\/w:p>)[\s\S])*中共莆田市司法局党组<\/w:t>/.exec(tail)![0];
    expect(attr(signer, 'w:jc', 'w:val')).toBe('right');
    expect(Number(attr(signer, 'w:ind', 'w:right'))).toBe(632);
    expect(doc).not.toContain('抄送');
    expect(doc).not.toContain('FF0000');
  });
});

describe('internal DOCX (版头, 版记, seal)', () => {
  let x: Record<string, string>;
  beforeAll(async () => {
    x = await unzip(await buildDocx(putianSizeDraft({ internal: true, seal: true })));
  });
  it('has the red 发文机关标志, 发文字号 with 〔〕 and the red rule', () => {
    const doc = x['word/document.xml']!;
    expect(doc).toContain('中共莆田市司法局党组文件');
    expect(doc).toMatch(/莆司党〔2025〕3号/);
    expect(doc).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
    expect(doc).toContain('签发人：');
    expect(x['word/styles.xml']).toMatch(/w:styleId="GwMark"[\s\S]*?<w:color w:val="FF0000"\/>/);
  });
  it('puts the 版记 (4号, rules, 抄送 … 。, 印发) in the last section’s footer', () => {
    const record = Object.entries(x).find(([n, s]) => n.startsWith('word/footer') && s.includes('抄送'))![1];
    expect(record).toContain('抄送：市委巡察办，市纪委监委派驻第三纪检监察组。');
    expect(record).toMatch(/2025年2月17日印发/);
    expect(record).toMatch(/<w:top [^>]*w:sz="8"/);
    expect(record).toMatch(/<w:insideH [^>]*w:sz="6"/);
    for (const sz of record.matchAll(/<w:sz w:val="(\d+)"/g)) expect(sz[1]).toBe('28');
    expect(x['word/document.xml']).toMatch(/<w:type w:val="evenPage"\/>/);
  });
  it('puts the 印发日期 right tab where the 1-字 right indent ends (tabs count from the cell edge)', () => {
    const record = Object.entries(x).find(([n, s]) => n.startsWith('word/footer') && s.includes('印发'))![1];
    const printed = /<w:p>(?:(?!<\/w:p>)[\s\S])*印发<\/w:t>/.exec(record)![0];
    const width = 11906 - 1588 - 1474;
    expect(Number(attr(printed, 'w:tab', 'w:pos'))).toBe(width - 280);
    expect(attr(printed, 'w:tab', 'w:val')).toBe('right');
    expect(Number(attr(printed, 'w:ind', 'w:right'))).toBe(280);
  });
  it('prints the red rule only with a 发文字号', async () => {
    const draft = putianSizeDraft({ internal: true });
    draft.fields.docNumber = '';
    draft.fields.issuer = '';
    const doc = (await unzip(await buildDocx(draft)))['word/document.xml']!;
    expect(doc).toContain('中共莆田市司法局党组文件');
    expect(doc).not.toMatch(/<w:bottom [^>]*w:color="FF0000"/);
    // mark, 空二行, title: the 字号 line and the two lines under the rule are not printed.
    const beforeTitle = doc.slice(0, doc.indexOf('w:val="GwTitle"'));
    expect((beforeTitle.match(/<w:p>/g) ?? []).length).toBe(3 + 1);
  });
  it('with seal, the date is 右空四字 (4 × 315.86 tw)', () => {
    const doc = x['word/document.xml']!;
    const date = /<w:p>(?:(?!<\/w:p>)[\s\S])*2025年2月17日<\/w:t>(?:(?!<\/w:p>)[\s\S])*<\/w:p>(?![\s\S]*2025年2月17日<\/w:t>)/.exec(doc)![0];
    expect(attr(date, 'w:ind', 'w:right')).toBe('1263');
  });
  it('honours the _GB2312 profile', async () => {
    const y = await unzip(await buildDocx(putianSizeDraft(), { fonts: TRADITIONAL_GB2312 }));
    expect(attr(y['word/styles.xml']!, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(y['word/styles.xml']).toMatch(/w:styleId="GwH2"[\s\S]*?eastAsia="楷体_GB2312"/);
  });
});

describe('整改台账 DOCX', () => {
  it('is a landscape table: 方面 group rows merged across, 问题类别 merged down, 序号 centred, rows kept whole, page numbers', async () => {
    const draft = putianSizeDraft();
    const y = await unzip(await buildLedgerDocx(draft));
    const doc = y['word/document.xml']!;
    expect(attr(doc, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('16838');
    for (const h of ['序号', '问题类别', '问题', '整改措施', '责任领导', '责任单位', '完成时限', '状态']) expect(doc).toContain(`>${h}<`);
    const rows = doc.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    const lines = ledgerLines(ledgerRows(draft));
    expect(rows.length).toBe(1 + lines.length);
    const aspects = lines.filter((l) => l.kind === 'aspect');
    expect(aspects.length).toBe(3);
    expect(rows.filter((r) => new RegExp(`<w:gridSpan w:val="${LEDGER_COLUMNS.length}"/>`).test(r)).length).toBe(3);
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    // 问题类别: one restart per category, the rows below continue it.
    const spans = lines.filter((l) => l.kind === 'row' && l.categorySpan > 1).length;
    expect(spans).toBeGreaterThan(5);
    expect((doc.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBe(spans);
    // 序号 centred in every problem row.
    const firstProblem = rows.find((r) => />1<\/w:t>/.test(r) && !/gridSpan/.test(r))!;
    expect(attr(firstProblem, 'w:jc', 'w:val')).toBe('center');
    const footer = Object.entries(y).find(([n]) => /word\/footer\d+\.xml/.test(n))![1];
    expect(footer).toContain('PAGE');
  });
  it('fills 问题类别, 责任单位, 完成时限 and 状态 from the ledger', () => {
    const rows = ledgerRows(putianSizeDraft());
    expect(rows.every((r) => r.category && r.status)).toBe(true);
    expect(rows.some((r) => r.unit && r.deadline)).toBe(true);
    expect(wrappedLines('一二三四五六七八九十', 6)).toBe(2);
    expect(wrappedLines('甲\n乙', 6)).toBe(2);
  });
});
