// Which of a font profile's typefaces are installed, decided from lists the OS readers produce (family names from
// fontconfig or the registry, file names from the Fonts folders), so the rules are tested on any machine.
import { ENGLISH_NAME, FONT_ROLES, type FontProfile, OPEN_FALLBACKS } from '../../core/common/layout/fonts';
import type { FontStatus } from '../ports/pdf-port';

export interface InstalledFonts {
  /** Family names, any language (fc-list reports 文鼎PL中楷 and AR PL UKai CN for one face). */
  families: readonly string[];
  /** File names in the Fonts folders (Windows); compared case-insensitively. */
  files: readonly string[];
}

/**
 * The files Windows and the usual installers put in the Fonts folder for each family. Since Windows Vista the
 * shipped simfang/simkai carry 仿宋/楷体, not the _GB2312 names, so those need their own files.
 */
export const WINDOWS_FONT_FILES: Readonly<Record<string, readonly string[]>> = {
  仿宋: ['simfang.ttf'],
  黑体: ['simhei.ttf'],
  楷体: ['simkai.ttf'],
  宋体: ['simsun.ttc'],
  方正小标宋简体: ['FZXBSJW.TTF', 'FZXBSJW_0.TTF'],
  方正小标宋_GBK: ['FZXBSK.TTF'],
  仿宋_GB2312: ['FS_GB2312.TTF', 'FSGB2312.TTF', 'SIMFANG_GB2312.TTF'],
  楷体_GB2312: ['KAI_GB2312.TTF', 'KTGB2312.TTF', 'SIMKAI_GB2312.TTF'],
  'Times New Roman': ['times.ttf'],
};

const norm = (s: string) => s.trim().toLowerCase();

function stem(file: string): string {
  return norm(file.replace(/^.*[\\/]/, '').replace(/\.(ttf|ttc|otf|otc)$/i, ''));
}

export function isFontInstalled(name: string, installed: InstalledFonts): boolean {
  const families = new Set(installed.families.map(norm));
  if (families.has(norm(name))) return true;
  const english = ENGLISH_NAME[name];
  if (english && families.has(norm(english))) return true;
  const files = new Set(installed.files.map((f) => norm(f.replace(/^.*[\\/]/, ''))));
  if ((WINDOWS_FONT_FILES[name] ?? []).some((f) => files.has(norm(f)))) return true;
  // Fonts copied in by hand are often named after the family: 方正小标宋简体.ttf, 仿宋_GB2312.ttf.
  const stems = new Set(installed.files.map(stem));
  return stems.has(norm(name)) || (english !== undefined && stems.has(norm(english)));
}

export function checkProfileFonts(profile: FontProfile, installed: InstalledFonts): FontStatus[] {
  return FONT_ROLES.map((role) => {
    const name = profile.cjk[role];
    const ok = isFontInstalled(name, installed);
    return {
      role,
      name,
      installed: ok,
      fallback: ok ? null : (OPEN_FALLBACKS[role].find((f) => isFontInstalled(f, installed)) ?? null),
    };
  });
}

const ROLE_LABEL: Record<FontStatus['role'], string> = {
  fangsong: '正文', heiti: '一级标题', kaiti: '二级标题', songti: '页码', xiaobiaosong: '标题',
};

/** One sentence for the export dialog; null when every font is there. */
export function missingFontsMessage(statuses: readonly FontStatus[]): string | null {
  const missing = statuses.filter((s) => !s.installed);
  if (missing.length === 0) return null;
  const names = [...new Set(missing.map((s) => `${s.name}（${ROLE_LABEL[s.role]}）`))].join('、');
  const subs = missing.filter((s) => s.fallback).map((s) => `${s.name}→${s.fallback}`);
  return `本机没有安装：${names}。${subs.length ? `PDF 中将用相近字体代替（${[...new Set(subs)].join('，')}）。` : 'PDF 中将用系统默认字体代替。'}Word 文件不受影响，在装有这些字体的电脑上显示正常。`;
}

/** `fc-list :lang=zh family` prints one face per line, its family names separated by commas (\\, escapes). */
export function parseFcList(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    for (const part of line.split(/(?<!\\),/)) {
      const name = part.replace(/\\(.)/g, '$1').trim();
      if (name) out.add(name);
    }
  }
  return [...out];
}

/** `reg query …\Fonts` lines: `    仿宋 (TrueType)    REG_SZ    simfang.ttf`; "A & B (TrueType)" lists two families. */
export function parseRegFonts(text: string): { families: string[]; files: string[] } {
  const families = new Set<string>();
  const files = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s+(.+?)\s+REG_(?:EXPAND_)?SZ\s+(.+?)\s*$/.exec(line);
    if (!m) continue;
    for (const f of m[1]!.replace(/\s*\((TrueType|OpenType|All res)\)\s*$/i, '').split(/\s*&\s*/)) if (f) families.add(f);
    files.add(m[2]!.replace(/^.*[\\/]/, ''));
  }
  return { families: [...families], files: [...files] };
}
