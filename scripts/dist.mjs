// `npm run dist [-- --win | --linux] [--online]`: the installers (Windows NSIS x64; Linux deb + AppImage, x64 and
// arm64). Offline by default: checks that the Electron zips, the builder toolsets and better-sqlite3 for Electron
// are on disk, says exactly what is missing and how to provide it, and exits 1 before electron-builder could try a
// download. --online lets electron-builder fetch them (a release machine with network). See docs/打包发布.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { checkRequirements, formatReport, targetsFor } from '../build/dist-check/requirements.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const online = args.includes('--online');
const targets = targetsFor(args);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const betterSqliteVersion = JSON.parse(readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8')).version;

const fs = {
  exists: (p) => existsSync(p),
  list: (d) => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  },
  which: (cmd) => spawnSync(process.platform === 'win32' ? 'where' : 'sh', process.platform === 'win32' ? [cmd] : ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0,
};

console.log(`起草 打包 / Qicao dist: ${targets.map((t) => `${t.platform}-${t.arch} (${t.formats.join(', ')})`).join('; ')}`);

const own = [
  ['build/icons/256x256.png', '应用图标 / app icon (node build/icons/make-icons.mjs)'],
  ['build/icons/512x512.png', '应用图标 / app icon (node build/icons/make-icons.mjs)'],
  ['build/guide/index.html', '使用说明页面 / in-app guide (node build/guide/make-guide.mjs)'],
].filter(([p]) => !existsSync(p));
for (const [p, what] of own) console.error(`✗ ${what}: ${p}`);

let electronDist = null;
if (online) {
  console.log('--online：Electron 压缩包、打包工具和 better-sqlite3 预编译文件将由 electron-builder 从网络下载。');
} else {
  const r = checkRequirements({ targets, electronVersion, env: process.env, home: homedir(), hostPlatform: process.platform, hostArch: process.arch, fs, betterSqliteVersion });
  console.log(formatReport(r));
  if (r.pieces.some((p) => !p.ok) || own.length) process.exit(1);
  electronDist = r.electronDist;
}
if (own.length) process.exit(1);

const run = (cmd, argv, env = process.env) => {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, ['scripts/build.mjs']);
const builder = require.resolve('electron-builder/cli.js');
const common = ['--config', 'electron-builder.config.cjs', '--publish', 'never', ...(electronDist ? [`-c.electronDist=${electronDist}`] : [])];
const env = { ...process.env, ...(online ? {} : { ELECTRON_DOWNLOAD_CACHE_MODE: '1' }) };
if (targets.some((t) => t.platform === 'win32')) run(process.execPath, [builder, ...common, '--win', 'nsis', '--x64'], env);
if (targets.some((t) => t.platform === 'linux')) run(process.execPath, [builder, ...common, '--linux', 'deb', 'AppImage', '--x64', '--arm64'], env);
console.log('完成：安装包在 release/ 文件夹中。 / Done: the installers are in release/.');
