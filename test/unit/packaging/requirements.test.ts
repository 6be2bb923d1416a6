// `npm run dist` offline: which pieces are missing, where it looked, and exactly how to provide them.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRequirements, electronCacheSubdir, formatReport, targetsFor } from '../../../build/dist-check/requirements.mjs';

function fakeFs(files: string[], which: string[] = []) {
  const set = new Set(files);
  return {
    exists: (p: string) => set.has(p) || files.some((f) => f.startsWith(`${p}/`)),
    list: (d: string) => [...new Set(files.filter((f) => f.startsWith(`${d}/`)).map((f) => f.slice(d.length + 1).split('/')[0]!))],
    which: (c: string) => which.includes(c),
  };
}

const base = { electronVersion: '45.3.4', home: '/home/rel', hostPlatform: 'linux', hostArch: 'x64', betterSqliteVersion: '12.9.0' };
const all = targetsFor([]);
const zips = ['win32-x64', 'linux-x64', 'linux-arm64'].map((t) => `electron-v45.3.4-${t}.zip`);

describe('dist requirements', () => {
  it('targets Windows x64 and Linux x64/arm64 by default, or one platform', () => {
    expect(all.map((t) => `${t.platform}-${t.arch}`)).toEqual(['win32-x64', 'linux-x64', 'linux-arm64']);
    expect(targetsFor(['--linux']).map((t) => t.platform)).toEqual(['linux', 'linux']);
    expect(targetsFor(['--win']).map((t) => t.formats)).toEqual([['nsis']]);
  });

  it('on a bare machine lists every missing piece with where to put it', () => {
    const r = checkRequirements({ ...base, targets: all, env: {}, fs: fakeFs([]) });
    expect(r.pieces.filter((p) => !p.ok).map((p) => p.id)).toEqual([
      'electron', 'nsis-3.0.4.1', 'nsis-resources-3.4.1', 'fpm', 'appimage', 'native-win32-x64', 'native-linux-x64', 'native-linux-arm64',
    ]);
    const text = formatReport(r);
    expect(text).toContain('缺少 8 项');
    expect(text).toContain('QICAO_ELECTRON_DIST');
    expect(text).toContain('electron-v45.3.4-linux-arm64.zip');
    expect(text).toContain('/home/rel/.cache/electron-builder/nsis-3.0.4.1/nsis-3.0.4.1.7z');
    expect(text).toContain('https://github.com/electron-userland/electron-builder-binaries/releases/download/appimage-12.0.1/appimage-12.0.1.7z');
    expect(text).toContain('fpm@2.1.4/fpm-1.17.0-ruby-3.4.3-linux-amd64.7z');
    expect(text).toContain('--online');
  });

  it('is satisfied by seeded caches and passes the zip folder as electronDist', () => {
    const cache = '/seed/eb';
    const electronCache = '/seed/electron';
    const files = [
      ...zips.map((z) => posix.join(electronCache, electronCacheSubdir('45.3.4'), z)),
      `${cache}/nsis-3.0.4.1/nsis-3.0.4.1.7z`,
      `${cache}/nsis-resources-3.4.1/nsis-resources-3.4.1-abc12/plugins/x.dll`,
      `${cache}/fpm@2.1.4/fpm-1.17.0-ruby-3.4.3-linux-amd64.7z`,
      `${cache}/appimage-12.0.1/appimage-12.0.1.7z`,
      '/home/rel/.npm/_prebuilds/1a2b3c-better-sqlite3-v12.9.0-electron-v140-win32-x64.tar.gz',
      '/home/rel/.npm/_prebuilds/4d5e6f-better-sqlite3-v12.9.0-electron-v140-linux-arm64.tar.gz',
      '/home/rel/.electron-gyp/45.3.4/include/node/node.h',
    ];
    const r = checkRequirements({ ...base, targets: all, env: { ELECTRON_BUILDER_CACHE: cache, ELECTRON_CACHE: electronCache }, fs: fakeFs(files) });
    expect(r.pieces.filter((p) => !p.ok)).toEqual([]);
    expect(r.electronDist).toBe(posix.join(electronCache, electronCacheSubdir('45.3.4')));
    expect(formatReport(r)).not.toContain('缺少');
  });

  it('prefers QICAO_ELECTRON_DIST, accepts a system fpm, and needs prebuilt binaries to cross-build', () => {
    const files = [...zips.map((z) => `/zips/${z}`), '/home/rel/.electron-gyp/45.3.4/include/node/node.h'];
    const r = checkRequirements({ ...base, targets: targetsFor(['--linux']), env: { QICAO_ELECTRON_DIST: '/zips', USE_SYSTEM_FPM: 'true' }, fs: fakeFs(files, ['fpm']) });
    expect(r.electronDist).toBe('/zips');
    const byId = Object.fromEntries(r.pieces.map((p) => [p.id, p]));
    expect(byId.fpm!.ok).toBe(true);
    expect(byId['native-linux-x64']!.ok).toBe(true); // headers suffice on the host's own platform and arch
    expect(byId['native-linux-arm64']!.ok).toBe(false);
    expect(byId['native-linux-arm64']!.fix).toContain('prebuild-install --runtime electron --target 45.3.4 --platform linux --arch arm64');
  });

  it('knows @electron/get’s cache folder for a release', () => {
    expect(electronCacheSubdir('45.3.4')).toMatch(/^[0-9a-f]{64}$/);
  });
});
