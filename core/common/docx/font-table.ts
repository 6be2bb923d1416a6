// word/fontTable.xml as Word writes it: every font the file names, with altName, panose, charset, family and pitch,
// so Word and WPS substitute sensibly on a machine that lacks one (GBT9704.md §12).
import { ENGLISH_NAME, FONT_ROLES } from '../layout/fonts';
import type { LayoutSpec } from '../layout/gbt9704';

export interface FontTableEntry {
  name: string;
  /**
   * Where Word looks when `name` is missing. The English family for fonts Windows ships (as Word writes them); for
   * legacy or commercial fonts a Windows font of the same role, so a missing 仿宋_GB2312 prints in 仿宋, not 宋体.
   */
  altName?: string;
  /** PANOSE-1 classification, 10 bytes in hex, as in the font's OS/2 table. */
  panose: string;
  /** 86 = GB2312 (Simplified Chinese); 00 = ANSI. */
  charset: string;
  family: 'roman' | 'modern' | 'swiss' | 'auto';
  pitch: 'variable' | 'fixed';
}

/** Known fonts (Windows zh-CN values); anything else gets a neutral CJK entry. */
const KNOWN: Record<string, Omit<FontTableEntry, 'name'>> = {
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋_GB2312: { altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  方正小标宋简体: { altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  方正小标宋_GBK: { altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
};

export function fontTableEntry(name: string): FontTableEntry {
  const known = KNOWN[name];
  if (known) return { name, ...known };
  const cjk = /[^\u0020-\u007e]/.test(name);
  const english = ENGLISH_NAME[name];
  return {
    name,
    ...(english ? { altName: english } : {}),
    panose: '02010600030101010101',
    charset: cjk ? '86' : '00',
    family: cjk ? 'auto' : 'roman',
    pitch: 'variable',
  };
}

/** Every typeface the spec writes into the document, each once: the five roles and the Latin face. */
export function fontsUsed(spec: LayoutSpec): string[] {
  return [...new Set([...FONT_ROLES.map((r) => spec.fonts.cjk[r]), spec.fonts.latin])];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function fontTableXml(spec: LayoutSpec): string {
  const fonts = fontsUsed(spec).map((name) => {
    const f = fontTableEntry(name);
    return `<w:font w:name="${esc(f.name)}">`
      + (f.altName ? `<w:altName w:val="${esc(f.altName)}"/>` : '')
      + `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/>`
      + '</w:font>';
  });
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + fonts.join('')
    + '</w:fonts>';
}
