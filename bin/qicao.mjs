#!/usr/bin/env node
// Launcher: runs the bundled CLI built by `npm install` (scripts/build.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/qicao.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('起草尚未构建，请先运行 npm install（或 npm run build）。 / Qicao is not built yet: run npm install (or npm run build).\n');
  process.exit(1);
}
await import(bundle.href);
