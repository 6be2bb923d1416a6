// Which of a font profile's fonts this machine has, from fontconfig / the Windows Fonts folder and registry.
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_GB2312, WINDOWS_DEFAULT } from '../../../core/common/layout/fonts';
import { checkProfileFonts, isFontInstalled, missingFontsMessage, parseFcList, parseRegFonts } from '../../../electron/fonts/font-files';
import { linuxInstalledFonts, windowsInstalledFonts } from '../../../electron/fonts/installed-fonts';

const byRole = (s: ReturnType<typeof checkProfileFonts>) => Object.fromEntries(s.map((x) => [x.role, x]));

describe('Windows fonts by file name', () => {
  const win10 = { families: [], files: ['simfang.ttf', 'SIMHEI.TTF', 'simkai.ttf', 'simsun.ttc', 'arial.ttf'] };

  it('finds the shipped fonts; 方正小标宋简体 is missing until installed', () => {
    const s = byRole(checkProfileFonts(WINDOWS_DEFAULT, win10));
    expect(s.fangsong!.installed && s.heiti!.installed && s.kaiti!.installed && s.songti!.installed).toBe(true);
    expect(s.xiaobiaosong).toMatchObject({ name: '方正小标宋简体', installed: false, fallback: null });
    expect(isFontInstalled('方正小标宋简体', { families: [], files: [...win10.files, 'FZXBSJW.TTF'] })).toBe(true);
  });

  it('does not count simfang.ttf as 仿宋_GB2312, but accepts a file named after the family', () => {
    expect(isFontInstalled('仿宋_GB2312', win10)).toBe(false);
    expect(isFontInstalled('仿宋_GB2312', { families: [], files: ['C:\\Users\\a\\AppData\\Local\\Microsoft\\Windows\\Fonts\\仿宋_GB2312.ttf'] })).toBe(true);
    expect(byRole(checkProfileFonts(TRADITIONAL_GB2312, win10)).kaiti!.installed).toBe(false);
  });

  it('reads family names from the registry listing', () => {
    const reg = [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
      '    仿宋 (TrueType)    REG_SZ    simfang.ttf',
      '    SimSun & NSimSun (TrueType)    REG_SZ    simsun.ttc',
      '    方正小标宋简体 (TrueType)    REG_SZ    C:\\Users\\a\\AppData\\Local\\Microsoft\\Windows\\Fonts\\方正小标宋简体.TTF',
      '',
    ].join('\r\n');
    expect(parseRegFonts(reg)).toEqual({
      families: ['仿宋', 'SimSun', 'NSimSun', '方正小标宋简体'],
      files: ['simfang.ttf', 'simsun.ttc', '方正小标宋简体.TTF'],
    });
  });

  it('lists both Fonts folders and both registry hives (fakes for the OS)', async () => {
    const calls: string[] = [];
    const exec = async (_c: string, args: string[]) => {
      calls.push(args[1]!);
      return new TextEncoder().encode(args[1]!.startsWith('HKCU') ? '    方正小标宋简体 (TrueType)    REG_SZ    x.ttf\r\n' : '');
    };
    const fonts = await windowsInstalledFonts({ WINDIR: '/nonexistent-windir', LOCALAPPDATA: '/nonexistent-local' }, exec);
    expect(calls.map((c) => c.slice(0, 4))).toEqual(['HKLM', 'HKCU']);
    expect(fonts.families).toEqual(['方正小标宋简体']);
  });
});

describe('Linux fonts from fontconfig', () => {
  const fcList = ['Noto Serif CJK SC,Noto Serif CJK SC Light', '文鼎PL中楷,AR PL UKai CN', 'FandolFang', 'LXGW WenKai', 'Odd\\,Name', ''].join('\n');

  it('parses fc-list family output, unescaping commas', () => {
    expect(parseFcList(fcList)).toEqual(['Noto Serif CJK SC', 'Noto Serif CJK SC Light', '文鼎PL中楷', 'AR PL UKai CN', 'FandolFang', 'LXGW WenKai', 'Odd,Name']);
  });

  it('names the open fallback used for each missing font', () => {
    const s = byRole(checkProfileFonts(WINDOWS_DEFAULT, { families: parseFcList(fcList), files: [] }));
    expect(s.fangsong).toMatchObject({ installed: false, fallback: 'FandolFang' });
    expect(s.kaiti).toMatchObject({ installed: false, fallback: 'LXGW WenKai' });
    expect(s.xiaobiaosong).toMatchObject({ installed: false, fallback: 'Noto Serif CJK SC' });
    expect(s.heiti).toMatchObject({ installed: false, fallback: null });
  });

  it('matches English family names (SimHei registered under its English name)', () => {
    expect(isFontInstalled('黑体', { families: ['simhei'], files: [] })).toBe(true);
  });

  it('treats a missing fc-list as no fonts, not a crash', async () => {
    const fonts = await linuxInstalledFonts(async () => {
      throw new Error('ENOENT');
    });
    expect(fonts).toEqual({ families: [], files: [] });
  });
});

describe('the message before export', () => {
  it('says which fonts are missing and what stands in, in Chinese', () => {
    const s = checkProfileFonts(WINDOWS_DEFAULT, { families: ['Noto Serif CJK SC'], files: ['simfang.ttf', 'simhei.ttf', 'simkai.ttf', 'simsun.ttc'] });
    expect(missingFontsMessage(s)).toBe('本机没有安装：方正小标宋简体（标题）。PDF 中将用相近字体代替（方正小标宋简体→Noto Serif CJK SC）。Word 文件不受影响，在装有这些字体的电脑上显示正常。');
    expect(missingFontsMessage(s.map((x) => ({ ...x, installed: true })))).toBeNull();
  });
});
