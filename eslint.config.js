// Lint: typescript-eslint recommended, plus the layer rules of STYLE.md made executable: no-restricted-imports for
// packages, qicao/layers (scripts/eslint-layers.js) for relative imports, resolved to the folder they reach.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.js';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'util', 'worker_threads'];

/** core/common: plain TypeScript that runs in Node, Chromium and Electron alike. */
export const commonLayerRule = {
  'no-restricted-imports': ['error', {
    patterns: [
      { group: NODE_BUILTINS, message: 'core/common 必须是纯 TypeScript：不能导入 Node 模块（移到 core/node）。' },
      { group: ['electron', 'electron/*'], message: 'core/common 不能导入 electron（只有 electron/ 可以）。' },
      { group: ['react', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*'], message: 'core/common 不能导入 React/Lexical（属于 renderer/）。' },
      { group: ['better-sqlite3', 'playwright-core', 'exceljs', 'mammoth'], message: 'core/common 不能导入只能在 Node 中运行的库。' },
    ],
  }],
};

/** core/common runs in Node too: no DOM or browser globals (window, document, storage…). */
export const commonGlobalsRule = {
  'no-restricted-globals': ['error',
    ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'fetch', 'XMLHttpRequest', 'HTMLElement', 'DOMParser']
      .map((name) => ({ name, message: 'core/common 必须能在 Node 中运行：不能使用浏览器全局对象（移到 renderer/ 或通过参数传入）。' })),
  ],
};

/** renderer: talks to the host only through renderer/src/api.ts; never Node, Electron or core/node. */
export const rendererLayerRule = {
  'no-restricted-imports': ['error', {
    patterns: [
      { group: NODE_BUILTINS, message: 'renderer 不能导入 Node 模块：通过 api.ts 调用宿主。' },
      { group: ['electron', 'electron/*'], message: 'renderer 不能导入 electron：通过 api.ts 调用宿主。' },
      { group: ['better-sqlite3', 'playwright-core', 'exceljs', 'mammoth'], message: 'renderer 不能导入 Node 专用库。' },
    ],
  }],
};

/** core/node: no host code (electron, browser host, CLI) and no UI. */
export const nodeLayerRule = {
  'no-restricted-imports': ['error', {
    patterns: [
      { group: ['electron', 'electron/*'], message: 'core/node 不能导入 electron（宿主适配放在 electron/）。' },
      { group: ['react', 'react-dom', 'lexical', '@lexical/*'], message: 'core/node 不能导入界面库。' },
    ],
  }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'release/**', 'test/.artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly', globalThis: 'readonly', window: 'readonly', document: 'readonly', navigator: 'readonly', sessionStorage: 'readonly', history: 'readonly', Response: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['core/**/*.ts', 'renderer/**/*.{ts,tsx}'], plugins: { qicao: layers }, rules: { 'qicao/layers': 'error' } },
  { files: ['core/common/**/*.ts'], rules: { ...commonLayerRule, ...commonGlobalsRule } },
  { files: ['renderer/**/*.{ts,tsx}'], rules: rendererLayerRule },
  { files: ['core/node/**/*.ts'], rules: nodeLayerRule },
);
