// electron-builder configuration for 起草: Windows NSIS (x64, per user, Chinese installer) and Linux deb + AppImage
// (x64, arm64) for UOS/Kylin. Nothing is published and nothing updates itself. Packaging needs the Electron zips and
// the builder toolsets present locally — `npm run dist` checks for them first (scripts/dist.mjs, docs/打包发布.md).
/* global module */
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.qicao.app',
  productName: '起草',
  executableName: 'qicao',
  copyright: '起草',
  directories: { output: 'release', buildResources: 'build' },
  // Only what runs: the bundles, the templates, package.json. No sources, tests, fixtures or docs.
  files: ['dist/electron/**', 'dist/renderer/**', 'templates/**', 'package.json', '!**/*.map'],
  extraResources: [
    { from: 'build/guide', to: 'guide', filter: ['**/*'] },
    { from: 'build/icons', to: 'icons', filter: ['*.png'] },
  ],
  asar: true,
  // Fuses flipped in the packaged binary (issue 18): it cannot be run as a plain Node (ELECTRON_RUN_AS_NODE), take
  // NODE_OPTIONS or --inspect from whoever starts it, or load an app from anywhere but its own, integrity-checked
  // app.asar; cookies (none are set, but Chromium keeps a store) are encrypted. The app forks no Node child and
  // loads from app://, so nothing it does needs these. Tested in test/unit/packaging/builder-config.test.ts.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  // Native modules cannot load from inside app.asar.
  asarUnpack: ['node_modules/better-sqlite3/**', '**/*.node'],
  // better-sqlite3 12.x must be rebuilt for Electron's ABI: @electron/rebuild downloads a prebuilt binary or the
  // Electron headers (~/.electron-gyp) — on a machine with network, or with those copied in. Never from source
  // on the release machine unless a C++ toolchain is there (buildDependenciesFromSource stays false).
  npmRebuild: true,
  buildDependenciesFromSource: false,
  nodeGypRebuild: false,
  electronLanguages: ['zh-CN', 'en-US'],
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  // No auto-update channel, no publish target: the installers are handed out by the unit's IT, offline.
  publish: null,
  detectUpdateChannel: false,
  generateUpdatesFilesForAllChannels: false,
  // The toolsets electron-builder resolves from ELECTRON_BUILDER_CACHE (pinned so the offline check knows them).
  toolsets: { nsis: '0.0.0', appimage: '0.0.0', winCodeSign: '0.0.0' },
  fileAssociations: [
    {
      ext: 'qicao.json',
      name: 'QicaoDraft',
      description: '起草文稿',
      mimeType: 'application/x-qicao-draft+json',
      role: 'Editor',
      icon: 'icons/256x256.png',
    },
  ],
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/256x256.png',
    // No code-signing certificate here; SmartScreen will ask once. Sign on the release machine if the unit has one.
    signExecutable: false,
    requestedExecutionLevel: 'asInvoker',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['zh_CN'],
    language: '2052',
    unicode: true,
    displayLanguageSelector: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: '起草',
    uninstallDisplayName: '起草 ${version}',
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-${version}-安装程序-${arch}.${ext}',
  },
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    icon: 'build/icons',
    category: 'Office',
    maintainer: '起草 <qicao@localhost>',
    vendor: '起草',
    synopsis: '离线公文起草（巡察整改进展情况通报、工作总结）',
    description: '离线起草巡察整改进展情况通报、工作总结，按 GB/T 9704-2012 导出 Word 和 PDF。不联网，不上传数据。',
    executableName: 'qicao',
    desktop: {
      entry: {
        Name: '起草',
        'Name[zh_CN]': '起草',
        GenericName: '公文起草',
        Comment: '离线起草巡察整改进展情况通报，导出 Word/PDF',
        Keywords: '公文;通报;巡察;整改;GB/T 9704;',
        StartupWMClass: '起草',
      },
    },
  },
  deb: {
    // Only what Electron itself links against, all in the UOS/Kylin base system; nothing is fetched at run time.
    depends: ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0', 'libasound2 | libasound2t64', 'libgbm1'],
    recommends: ['fonts-noto-cjk'],
    priority: 'optional',
    packageCategory: 'editors',
    artifactName: '${name}_${version}_${arch}.${ext}',
  },
  appImage: {
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
};
