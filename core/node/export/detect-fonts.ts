// Which fonts of a profile are missing on this machine, so export can warn before Word silently substitutes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENGLISH_NAME, FONT_ROLES, type FontProfile, type FontRole } from '../../common/layout/fonts';

export interface FontReport {
  /** Fonts the profile names that were found, by role. */
  found: Partial<Record<FontRole, string>>;
  missing: { role: FontRole; name: string }[];
  /** false when the check could not run (no fc-list); then `missing` is empty. */
  checked: boolean;
}

/** Windows font file names for the common Chinese fonts (C:\Windows\Fonts has no family index without the registry). */
const WINDOWS_FILES: Record<string, string[]> = {
  仿宋: ['simfang.ttf'], 黑体: ['simhei.ttf'], 楷体: ['simkai.ttf'], 宋体: ['simsun.ttc'],
  仿宋_GB2312: ['fs_gb2312.ttf', 'FS_GB2312.TTF'], 楷体_GB2312: ['kaiti_gb2312.ttf', 'KAITI_GB2312.TTF'],
  方正小标宋简体: ['FZXBSJW.TTF', 'fzxbsjw.ttf', '方正小标宋简体.ttf', '方正小标宋简体.TTF'],
};

function installedFamiliesLinux(): Set<string> | null {
  try {
    const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 10_000 });
    return new Set(out.split('\n').flatMap((l) => l.split(',')).map((s) => s.trim()).filter(Boolean));
  } catch {
    return null;
  }
}

function windowsHas(name: string): boolean {
  const dirs = [join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'), join(process.env.LOCALAPPDATA ?? '', 'Microsoft', 'Windows', 'Fonts')];
  const files = new Set(dirs.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).map((f) => f.toLowerCase())));
  return (WINDOWS_FILES[name] ?? [`${name}.ttf`]).some((f) => files.has(f.toLowerCase()));
}

export function detectFonts(profile: FontProfile): FontReport {
  const report: FontReport = { found: {}, missing: [], checked: true };
  const linux = process.platform === 'win32' ? null : installedFamiliesLinux();
  if (process.platform !== 'win32' && !linux) return { ...report, checked: false };
  for (const role of FONT_ROLES) {
    const name = profile.cjk[role];
    const english = ENGLISH_NAME[name];
    const has = linux ? linux.has(name) || (english !== undefined && linux.has(english)) : windowsHas(name);
    if (has) report.found[role] = name;
    else report.missing.push({ role, name });
  }
  return report;
}

const ROLE_LABEL: Record<FontRole, string> = { fangsong: '正文', heiti: '一级标题', kaiti: '二级标题', songti: '页码', xiaobiaosong: '标题' };

/** One Chinese sentence for the clerk, or '' when nothing is missing. */
export function describeMissingFonts(r: FontReport): string {
  if (!r.missing.length) return '';
  const list = r.missing.map((m) => `${m.name}（${ROLE_LABEL[m.role]}）`).join('、');
  return `本机未安装字体：${list}。导出的 Word 文件在装有这些字体的电脑上显示正常；本机预览和 PDF 将使用替代字体。`;
}
