// Thin OS readers for the installed fonts: the Fonts folders and registry on Windows, fontconfig on Linux.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type InstalledFonts, parseFcList, parseRegFonts } from './font-files';

type Exec = (cmd: string, args: string[]) => Promise<Uint8Array>;

const run: Exec = (cmd, args) =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, { encoding: 'buffer', timeout: 10_000, windowsHide: true, maxBuffer: 8 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    ),
  );

async function listDir(dir: string | undefined): Promise<string[]> {
  if (!dir) return [];
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/** reg.exe writes in the console code page (936 on Chinese Windows); UTF-8 output is tried first. */
function decodeConsole(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

export async function windowsInstalledFonts(env: NodeJS.ProcessEnv = process.env, exec: Exec = run): Promise<InstalledFonts> {
  const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
  const userFonts = env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : undefined;
  const files = [...(await listDir(join(windir, 'Fonts'))), ...(await listDir(userFonts))];
  const families: string[] = [];
  for (const hive of ['HKLM', 'HKCU']) {
    try {
      const reg = parseRegFonts(decodeConsole(await exec('reg', ['query', `${hive}\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts`])));
      families.push(...reg.families);
      files.push(...reg.files);
    } catch {
      // No registry access (restricted account): the folder listing still answers for the usual fonts.
    }
  }
  return { families, files };
}

export async function linuxInstalledFonts(exec: Exec = run): Promise<InstalledFonts> {
  try {
    return { families: parseFcList(new TextDecoder().decode(await exec('fc-list', [':lang=zh', 'family']))), files: [] };
  } catch {
    return { families: [], files: [] };
  }
}

export function installedFonts(platform: NodeJS.Platform = process.platform): Promise<InstalledFonts> {
  return platform === 'win32' ? windowsInstalledFonts() : linuxInstalledFonts();
}
