// Font profiles: which typeface names go into the DOCX (what the clerk's Word has) and the CSS fallbacks for previews.

/** The five typeface roles GB/T 9704 uses (5.2.2 仿宋 default, 7.3.3 黑体/楷体, 7.5 宋体 page numbers, 7.3.1 小标宋 title). */
export type FontRole = 'fangsong' | 'heiti' | 'kaiti' | 'songti' | 'xiaobiaosong';

export interface FontProfile {
  id: string;
  label: string;
  /** East-Asian typeface name per role, as Word/WPS know it (Chinese names; Word resolves the English altName too). */
  cjk: Record<FontRole, string>;
  /** Latin/digit typeface for the ascii/hAnsi slots. */
  latin: string;
}

export const FONT_ROLES: FontRole[] = ['fangsong', 'heiti', 'kaiti', 'songti', 'xiaobiaosong'];

/** Fonts Windows ships (zh-CN) plus 方正小标宋简体, which every office installs for titles. */
export const WINDOWS_DEFAULT: FontProfile = {
  id: 'windows',
  label: 'Windows 默认（仿宋/黑体/楷体）',
  cjk: { fangsong: '仿宋', heiti: '黑体', kaiti: '楷体', songti: '宋体', xiaobiaosong: '方正小标宋简体' },
  latin: 'Times New Roman',
};

/** Legacy _GB2312 fonts many offices still mandate; they cover only GB 2312's 6763 汉字 (GBT9704.md §10). */
export const TRADITIONAL_GB2312: FontProfile = {
  id: 'gb2312',
  label: '传统（仿宋_GB2312/楷体_GB2312）',
  cjk: { fangsong: '仿宋_GB2312', heiti: '黑体', kaiti: '楷体_GB2312', songti: '宋体', xiaobiaosong: '方正小标宋简体' },
  latin: 'Times New Roman',
};

export const FONT_PROFILES: FontProfile[] = [WINDOWS_DEFAULT, TRADITIONAL_GB2312];

/** A user-defined profile: any role left out keeps the Windows default. */
export function customFontProfile(cjk: Partial<Record<FontRole, string>>, latin?: string, label = '自定义'): FontProfile {
  const merged = { ...WINDOWS_DEFAULT.cjk };
  for (const role of FONT_ROLES) {
    const name = cjk[role]?.trim();
    // Word limits an rFonts value to fewer than 32 characters (MS-OI29500 §2.1.88).
    if (name) merged[role] = name.slice(0, 31);
  }
  return { id: 'custom', label, cjk: merged, latin: latin?.trim() || WINDOWS_DEFAULT.latin };
}

export function fontProfileById(id: string | undefined): FontProfile {
  return FONT_PROFILES.find((p) => p.id === id) ?? WINDOWS_DEFAULT;
}

/** English family names Windows registers for the Chinese names (fontTable altName, CSS local names). */
export const ENGLISH_NAME: Record<string, string> = {
  仿宋: 'FangSong',
  仿宋_GB2312: 'FangSong_GB2312',
  黑体: 'SimHei',
  楷体: 'KaiTi',
  楷体_GB2312: 'KaiTi_GB2312',
  宋体: 'SimSun',
  方正小标宋简体: 'FZXiaoBiaoSong-B05S',
  方正小标宋_GBK: 'FZXiaoBiaoSong-B05',
};

/** Open fonts used when the profile's fonts are absent (Linux previews; build/fontconfig maps the same way). */
export const OPEN_FALLBACKS: Record<FontRole, string[]> = {
  fangsong: ['FandolFang', 'Zhuque Fangsong (technical preview)', 'Noto Serif CJK SC'],
  heiti: ['FandolHei', 'Noto Sans CJK SC'],
  kaiti: ['FandolKai', 'LXGW WenKai', 'AR PL UKai CN'],
  songti: ['FandolSong', 'Noto Serif CJK SC'],
  xiaobiaosong: ['Noto Serif CJK SC'],
};

const GENERIC: Record<FontRole, string> = {
  fangsong: 'serif', heiti: 'sans-serif', kaiti: 'serif', songti: 'serif', xiaobiaosong: 'serif',
};

const quote = (name: string): string => (/^[A-Za-z-]+$/.test(name) ? name : `'${name.replace(/'/g, '')}'`);

/** The @font-face family that carries the Latin face for ASCII only (see cssLatinFace). */
export const CSS_LATIN_FAMILY = 'QicaoLatin';

/**
 * Restricts the Latin face to ASCII via unicode-range, so “”‘’—… stay in the CJK face — the CSS counterpart of
 * w:hint="eastAsia" (MS-OI29500 §2.1.88). local() only: nothing is fetched.
 */
export function cssLatinFace(profile: FontProfile): string {
  const faces = [profile.latin, 'Liberation Serif', 'Tinos'].map((n) => `local('${n.replace(/'/g, '')}')`).join(', ');
  return `@font-face { font-family: ${CSS_LATIN_FAMILY}; src: ${faces}; unicode-range: U+0020-007E; }`;
}

/** A CSS font-family list: ASCII-only Latin face, English name, Chinese name, open fallbacks, generic. */
export function cssFontFamily(profile: FontProfile, role: FontRole, withLatin = true): string {
  const cjk = profile.cjk[role];
  const names = [
    ...(withLatin && role !== 'songti' ? [CSS_LATIN_FAMILY] : []),
    ENGLISH_NAME[cjk] ?? cjk,
    cjk,
    ...OPEN_FALLBACKS[role],
  ];
  return [...new Set(names)].map(quote).join(', ') + `, ${GENERIC[role]}`;
}
