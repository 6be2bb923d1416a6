// The electron-builder configuration: valid for electron-builder itself, and the release decisions of issue 9.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Target = { target: string; arch: string[] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cfg = require('../../../electron-builder.config.cjs') as Record<string, any>;

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(cfg, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...cfg, autoUpdate: true }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('flips the Electron fuses: no run-as-node, NODE_OPTIONS or inspect; asar only and integrity-checked; cookies encrypted', async () => {
    expect(cfg.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity validation needs the hash electron-builder embeds: the asar must exist and keep its integrity.
    expect(cfg.asar).toBe(true);
    expect(cfg.asarIntegrity ?? cfg.disableAsarIntegrity).toBeUndefined();
    // electron-builder's schema knows the option (a misspelt fuse is refused, so the test above is not vacuous).
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(
      validateConfiguration({ ...cfg, electronFuses: { ...cfg.electronFuses, runAsNodee: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/Invalid configuration/);
  });

  it('names the app', () => {
    expect(cfg.appId).toBe('cn.qicao.app');
    expect(cfg.productName).toBe('起草');
    expect(cfg.artifactName).toContain('${version}');
    expect(cfg.nsis.artifactName).toContain('${version}');
    expect(cfg.deb.artifactName).toContain('${version}');
  });

  it('builds a Chinese per-user NSIS installer for Windows x64 with a choice of folder', () => {
    expect(cfg.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(cfg.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, installerLanguages: ['zh_CN'], language: '2052' });
  });

  it('builds deb and AppImage for x64 and arm64 (UOS, Kylin), the deb depending only on base packages', () => {
    const linux = cfg.linux.target as Target[];
    expect(linux.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of linux) expect(t.arch.sort()).toEqual(['arm64', 'x64']);
    for (const dep of cfg.deb.depends as string[]) expect(dep).toMatch(/^[a-z0-9.+-]+( \| [a-z0-9.+-]+)?$/);
    expect(cfg.deb.depends.join(' ')).not.toMatch(/node|npm|python|curl|wget/);
  });

  it('unpacks better-sqlite3 from the asar and packages only what runs', () => {
    expect((cfg.asarUnpack as string[]).some((p) => p.includes('better-sqlite3'))).toBe(true);
    expect(cfg.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'templates/**', 'package.json']));
    for (const f of cfg.files as string[]) expect(f).not.toMatch(/^(test|core|electron|renderer|docs|fixtures)\//);
    expect(cfg.npmRebuild).toBe(true);
    expect(cfg.buildDependenciesFromSource).toBe(false);
    expect(cfg.extraResources.map((r: { from: string }) => r.from)).toEqual(['build/guide', 'build/icons']);
  });

  it('associates .qicao.json with the app', () => {
    expect(cfg.fileAssociations).toEqual([expect.objectContaining({ ext: 'qicao.json', name: 'QicaoDraft', role: 'Editor' })]);
  });

  it('publishes nothing and updates nothing', () => {
    expect(cfg.publish).toBeNull();
    expect(cfg.detectUpdateChannel).toBe(false);
    const text = readFileSync('electron-builder.config.cjs', 'utf8');
    expect(text).not.toMatch(/electron-updater|autoUpdater|provider:/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.build).toBeUndefined();
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater');
  });

  it('has real square PNG icons, 512 and 256', () => {
    for (const n of [512, 256]) {
      const png = PNG.sync.read(readFileSync(`build/icons/${n}x${n}.png`));
      expect([png.width, png.height]).toEqual([n, n]);
      // Red ink in the middle (the 起), white paper around it.
      const red = [...Array(png.width * png.height).keys()].filter((i) => png.data[i * 4]! > 150 && png.data[i * 4 + 1]! < 80 && png.data[i * 4 + 3]! > 200).length;
      expect(red / (n * n)).toBeGreaterThan(0.05);
    }
    expect(cfg.win.icon).toBe('build/icons/256x256.png');
    expect(cfg.linux.icon).toBe('build/icons');
  });
});
