// GBT9704.md §12, item by item, on the produced DOCX: what Word writes in a 公文 and docx (9.15.2) does not.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { fontTableEntry } from '../../../core/common/docx/font-table';
import { TRADITIONAL_GB2312 } from '../../../core/common/layout/fonts';
import { putianSizeDraft } from '../../support/synthetic-draft';

async function unzip(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  return out;
}
const attr = (xml: string, el: string, name: string): string | undefined => new RegExp(`<${el}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
/** Element names in document order inside `parent`. */
const children = (xml: string, parent: string): string[] => {
  const inner = new RegExp(`<${parent}\\b[^>]*>([\\s\\S]*?)</${parent}>`).exec(xml)?.[1] ?? '';
  return [...inner.matchAll(/<(w:[A-Za-z]+)\b[^>]*?(\/>|>)/g)].map((m) => m[1]!);
};

describe('what Word writes (GBT9704.md §12)', () => {
  let x: Record<string, string>;
  beforeAll(async () => {
    x = await unzip(await buildDocx(putianSizeDraft()));
  });

  it('settings: evenAndOddHeaders, compressPunctuation stated, tab stop in 字, drawing grid, zh-CN theme language', () => {
    const s = x['word/settings.xml']!;
    expect(s).toContain('<w:evenAndOddHeaders/>');
    expect(attr(s, 'w:characterSpacingControl', 'w:val')).toBe('doNotCompress');
    // 2 字 on the 15.79 pt pitch (Word's templates write 420 = 2 字 of 五号).
    expect(attr(s, 'w:defaultTabStop', 'w:val')).toBe('632');
    expect(attr(s, 'w:drawingGridHorizontalSpacing', 'w:val')).toBe('158');
    expect(attr(s, 'w:drawingGridVerticalSpacing', 'w:val')).toBe('579');
    expect(attr(s, 'w:themeFontLang', 'w:eastAsia')).toBe('zh-CN');
    expect(s).not.toContain('<w:mirrorMargins/>');
  });

  it('settings: Word’s East-Asian compat list and compatibilityMode 15, in schema order', () => {
    const s = x['word/settings.xml']!;
    const compat = children(s, 'w:compat');
    expect(compat).toEqual([
      'w:spaceForUL', 'w:balanceSingleByteDoubleByteWidth', 'w:doNotLeaveBackslashAlone', 'w:ulTrailSpace', 'w:doNotExpandShiftReturn',
      'w:adjustLineHeightInTable', 'w:useFELayout', 'w:compatSetting',
    ]);
    expect(s).toMatch(/<w:compatSetting w:name="compatibilityMode" [^>]*w:val="15"\/>/);
    const top = [...s.matchAll(/<(w:[A-Za-z]+)\b/g)].map((m) => m[1]).filter((n) => n !== 'w:settings');
    const order = ['w:defaultTabStop', 'w:evenAndOddHeaders', 'w:drawingGridHorizontalSpacing', 'w:drawingGridVerticalSpacing', 'w:characterSpacingControl', 'w:compat', 'w:themeFontLang'];
    expect(order.map((n) => top.indexOf(n))).toEqual([...order.map((n) => top.indexOf(n))].sort((a, b) => a - b));
  });

  it('writes mirrorMargins only for the duplex preset', async () => {
    const y = await unzip(await buildDocx(putianSizeDraft(), { preset: { mirrorMargins: true } }));
    expect(y['word/settings.xml']).toContain('<w:mirrorMargins/>');
  });

  it('font table: every font used, with altName, panose, charset 86 for the Chinese ones', () => {
    const t = x['word/fontTable.xml']!;
    const names = [...t.matchAll(/<w:font w:name="([^"]+)">/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(['Times New Roman', '仿宋', '宋体', '方正小标宋简体', '楷体', '黑体'].sort());
    const font = (n: string) => new RegExp(`<w:font w:name="${n}">[\\s\\S]*?</w:font>`).exec(t)![0];
    expect(attr(font('仿宋'), 'w:altName', 'w:val')).toBe('FangSong');
    expect(attr(font('仿宋'), 'w:charset', 'w:val')).toBe('86');
    expect(attr(font('仿宋'), 'w:panose1', 'w:val')).toMatch(/^[0-9A-F]{20}$/);
    expect(attr(font('黑体'), 'w:altName', 'w:val')).toBe('SimHei');
    // A title font a PC may lack falls back to a Song face Windows has.
    expect(attr(font('方正小标宋简体'), 'w:altName', 'w:val')).toBe('宋体');
    expect(attr(font('Times New Roman'), 'w:charset', 'w:val')).toBe('00');
    // Every font the styles and runs name is in the table.
    const used = new Set([...Object.entries(x).filter(([n]) => /word\/(document|styles|footer\d+)\.xml/.test(n))
      .flatMap(([, s]) => [...s.matchAll(/<w:rFonts [^>]*>/g)].flatMap((r) => [...r[0].matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((m) => m[1]!)))]);
    for (const u of used) expect(names).toContain(u);
  });

  it('font table for the _GB2312 profile: a missing 仿宋_GB2312 falls back to 仿宋', async () => {
    const y = await unzip(await buildDocx(putianSizeDraft(), { fonts: TRADITIONAL_GB2312 }));
    expect(y['word/fontTable.xml']).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(y['word/fontTable.xml']).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    expect(fontTableEntry('华文仿宋').charset).toBe('86');
  });

  it('PAGE fields carry a cached result: 1 in the odd footer, 2 in the even one, in 4号宋体', () => {
    const doc = x['word/document.xml']!;
    const rels = x['word/_rels/document.xml.rels']!;
    const footer = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(doc)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return x[`word/${target[1] ?? target[2]}`]!;
    };
    for (const [type, cached] of [['default', '1'], ['even', '2']] as const) {
      const m = /<w:fldSimple w:instr="PAGE \\\* ARABIC"[^>]*>([\s\S]*?)<\/w:fldSimple>/.exec(footer(type));
      expect(m, `${type} footer has a PAGE field`).not.toBeNull();
      expect(m![1]).toMatch(new RegExp(`<w:t[^>]*>${cached}</w:t>`));
      // The cached number takes the 页码 style: 4号 宋体 in every slot.
      expect(footer(type)).toContain('<w:pStyle w:val="GwPageNumber"/>');
    }
    const pn = /<w:style [^>]*w:styleId="GwPageNumber"[\s\S]*?<\/w:style>/.exec(x['word/styles.xml']!)![0];
    expect(attr(pn, 'w:rFonts', 'w:ascii')).toBe('宋体');
    expect(attr(pn, 'w:sz', 'w:val')).toBe('28');
  });

  it('names no theme font anywhere and keeps every other part docx wrote', () => {
    for (const [name, xml] of Object.entries(x)) {
      if (name.includes('theme')) continue;
      expect(xml).not.toMatch(/w:(ascii|eastAsia|hAnsi|cs)Theme=/);
    }
    for (const part of ['word/document.xml', 'word/styles.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']) expect(x[part]).toBeDefined();
  });
});
