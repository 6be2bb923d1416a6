// What an offline `npm run dist` needs on disk before electron-builder may run, and where it looks: the Electron
// zips, electron-builder's toolsets (NSIS, fpm, AppImage), and better-sqlite3 built for Electron. Pure over an
// injected file system so the messages are tested; scripts/dist.mjs supplies the real one.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Toolset archives for the versions pinned in electron-builder.config.cjs (toolsets: 0.0.0 = the stable ones). */
export const TOOLSETS = {
  nsis: [
    { release: 'nsis-3.0.4.1', file: 'nsis-3.0.4.1.7z', env: 'ELECTRON_BUILDER_NSIS_DIR' },
    { release: 'nsis-resources-3.4.1', file: 'nsis-resources-3.4.1.7z', env: 'ELECTRON_BUILDER_NSIS_RESOURCES_DIR' },
  ],
  fpm: { x64: 'fpm-1.17.0-ruby-3.4.3-linux-amd64.7z', arm64: 'fpm-1.17.0-ruby-3.4.3-linux-arm64v8.7z', release: 'fpm@2.1.4' },
  appimage: { release: 'appimage-12.0.1', file: 'appimage-12.0.1.7z', env: 'APPIMAGE_TOOLS_PATH' },
};

export const BINARIES_URL = 'https://github.com/electron-userland/electron-builder-binaries/releases/download';

/** The release targets: Windows x64 (NSIS), Linux x64 and arm64 (deb, AppImage). */
export function targetsFor(args) {
  const win = args.includes('--win') || !args.includes('--linux');
  const linux = args.includes('--linux') || !args.includes('--win');
  return [
    ...(win ? [{ platform: 'win32', arch: 'x64', formats: ['nsis'] }] : []),
    ...(linux ? ['x64', 'arm64'].map((arch) => ({ platform: 'linux', arch, formats: ['deb', 'AppImage'] })) : []),
  ];
}

/** @electron/get keeps a download in <cache root>/<sha256 of the release URL's folder>/<file>. */
export function electronCacheSubdir(version) {
  return createHash('sha256').update(`https://github.com/electron/electron/releases/download/v${version}`).digest('hex');
}

export function electronCacheRoots(env, home, hostPlatform) {
  const defaults =
    hostPlatform === 'win32' ? join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'electron', 'Cache')
    : hostPlatform === 'darwin' ? join(home, 'Library', 'Caches', 'electron')
    : join(env.XDG_CACHE_HOME || join(home, '.cache'), 'electron');
  return [env.ELECTRON_CACHE, env.electron_config_cache, defaults].filter(Boolean);
}

export function builderCacheRoot(env, home, hostPlatform) {
  const e = env.ELECTRON_BUILDER_CACHE?.trim();
  if (e) return e;
  if (hostPlatform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'electron-builder', 'Cache');
  if (hostPlatform === 'darwin') return join(home, 'Library', 'Caches', 'electron-builder');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'electron-builder');
}

/** A toolset is there when its archive is seeded (<cache>/<release>/<archive>) or already extracted beside it. */
function toolsetPresent(fs, cache, release, file) {
  const dir = join(cache, release);
  if (fs.exists(join(dir, file))) return true;
  const stem = file.replace(/\.(7z|tar\.gz|zip)$/, '');
  return fs.list(dir).some((d) => d.startsWith(`${stem}-`) && !d.endsWith('.tmp') && fs.list(join(dir, d)).length > 0);
}

/**
 * Each piece: { id, ok, what, detail?, fix } — `fix` says exactly how to provide it (Chinese and English).
 * `electronDist` is the folder to pass to electron-builder when the zips were found.
 */
export function checkRequirements({ targets, electronVersion, env, home, hostPlatform, hostArch, fs, betterSqliteVersion }) {
  const pieces = [];
  const zips = targets.map((t) => `electron-v${electronVersion}-${t.platform}-${t.arch}.zip`);
  const candidates = [
    ...(env.QICAO_ELECTRON_DIST ? [env.QICAO_ELECTRON_DIST] : []),
    ...electronCacheRoots(env, home, hostPlatform).flatMap((r) => [join(r, electronCacheSubdir(electronVersion)), r]),
  ];
  const electronDist = candidates.find((d) => zips.every((z) => fs.exists(join(d, z)))) ?? null;
  pieces.push({
    id: 'electron',
    ok: electronDist !== null,
    what: `Electron ${electronVersion} 运行时压缩包 / Electron zips: ${zips.join(', ')}`,
    detail: electronDist ? `found in ${electronDist}` : `looked in: ${candidates.join(' ; ')}`,
    fix: `从 https://github.com/electron/electron/releases/tag/v${electronVersion} 下载 ${zips.join('、')}（以及 SHASUMS256.txt 以便核对），放进一个文件夹，再设置 QICAO_ELECTRON_DIST=<该文件夹>（或放进 ELECTRON_CACHE 指向的缓存目录）。\n      Download ${zips.join(', ')} from the Electron v${electronVersion} release into one folder and set QICAO_ELECTRON_DIST=<folder> (passed to electron-builder as electronDist), or put them in ELECTRON_CACHE / electron_config_cache.`,
  });

  const cache = builderCacheRoot(env, home, hostPlatform);
  const seed = (release, file) => `${BINARIES_URL}/${release}/${file} → ${join(cache, release, file)}`;
  const needs = new Set(targets.flatMap((t) => t.formats));
  if (needs.has('nsis')) {
    for (const t of TOOLSETS.nsis) {
      const ok = (env[t.env] && fs.exists(env[t.env])) || toolsetPresent(fs, cache, t.release, t.file);
      pieces.push({ id: t.release, ok: Boolean(ok), what: `NSIS 工具 / NSIS toolset ${t.release} (Windows installer)`, detail: `ELECTRON_BUILDER_CACHE=${cache}`, fix: `下载 / download ${seed(t.release, t.file)}（或设置 ${t.env}=<解压后的文件夹>）` });
    }
  }
  if (needs.has('deb')) {
    const file = TOOLSETS.fpm[hostArch === 'arm64' ? 'arm64' : 'x64'];
    const system = env.USE_SYSTEM_FPM === 'true' && fs.which('fpm');
    const custom = env.CUSTOM_FPM_PATH && fs.exists(env.CUSTOM_FPM_PATH);
    const ok = system || custom || toolsetPresent(fs, cache, TOOLSETS.fpm.release, file);
    pieces.push({ id: 'fpm', ok: Boolean(ok), what: 'fpm（打 deb 包）/ fpm toolset (deb)', detail: `ELECTRON_BUILDER_CACHE=${cache}`, fix: `下载 / download ${seed(TOOLSETS.fpm.release, file)}（或安装 fpm 后设置 USE_SYSTEM_FPM=true）` });
  }
  if (needs.has('AppImage')) {
    const t = TOOLSETS.appimage;
    const ok = (env[t.env] && fs.exists(env[t.env])) || toolsetPresent(fs, cache, t.release, t.file);
    pieces.push({ id: 'appimage', ok: Boolean(ok), what: 'AppImage 工具 / AppImage toolset', detail: `ELECTRON_BUILDER_CACHE=${cache}`, fix: `下载 / download ${seed(t.release, t.file)}（或设置 ${t.env}=<解压后的文件夹>）` });
  }

  // better-sqlite3 is native: each target needs a binary built for Electron's ABI.
  const devdir = env.npm_config_devdir || join(home, '.electron-gyp');
  const headers = fs.exists(join(devdir, electronVersion, 'include', 'node', 'node.h'));
  const prebuildDir = join(env.npm_config_cache || join(home, '.npm'), '_prebuilds');
  const prebuilds = fs.list(prebuildDir);
  for (const t of targets) {
    const prebuilt = prebuilds.some((f) => new RegExp(`better-sqlite3-v${betterSqliteVersion ?? '[\\d.]+'}-electron-v\\d+-${t.platform}-${t.arch}\\.tar\\.gz$`).test(f));
    const local = t.platform === hostPlatform && t.arch === hostArch && headers;
    pieces.push({
      id: `native-${t.platform}-${t.arch}`,
      ok: prebuilt || local,
      what: `better-sqlite3 的 Electron 版本（${t.platform}-${t.arch}）/ better-sqlite3 built for Electron ${electronVersion}`,
      detail: `prebuilds in ${prebuildDir}; headers in ${join(devdir, electronVersion)}`,
      fix:
        t.platform === hostPlatform && t.arch === hostArch
          ? `在联网的机器上运行一次 npx @electron/rebuild -v ${electronVersion} -w better-sqlite3（会下载预编译文件到 ${prebuildDir} 或头文件到 ${devdir}），再复制这些目录过来。\n      Run \`npx @electron/rebuild -v ${electronVersion} -w better-sqlite3\` once with network (fills ${prebuildDir} or ${devdir}) and copy them here.`
          : `跨平台打包只能用预编译文件：在联网的机器上运行 npx prebuild-install --runtime electron --target ${electronVersion} --platform ${t.platform} --arch ${t.arch}（在 node_modules/better-sqlite3 中），把 ${prebuildDir} 复制过来。\n      Cross-building needs the prebuilt binary: run \`npx prebuild-install --runtime electron --target ${electronVersion} --platform ${t.platform} --arch ${t.arch}\` in node_modules/better-sqlite3 with network, then copy ${prebuildDir}.`,
    });
  }
  return { pieces, electronDist, builderCache: cache };
}

/** The report dist.mjs prints: one line per piece, then how to fix each missing one. */
export function formatReport({ pieces }) {
  const lines = pieces.map((p) => `${p.ok ? '✓' : '✗'} ${p.what}${p.detail ? `\n    ${p.detail}` : ''}`);
  const missing = pieces.filter((p) => !p.ok);
  if (missing.length) {
    lines.push('', `缺少 ${missing.length} 项，无法离线打包。请按下面的说明准备，或在联网的机器上运行 npm run dist -- --online。`);
    lines.push(`Missing ${missing.length} piece(s) for an offline package. Provide them as below, or run \`npm run dist -- --online\` on a machine with network.`);
    for (const p of missing) lines.push(`  • ${p.what}\n      ${p.fix}`);
  }
  return lines.join('\n');
}
