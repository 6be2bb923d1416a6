// Loader hooks for module-log.mjs: logs each resolved ESM URL (they run off the main thread in Node 20+).
import { appendFileSync } from 'node:fs';

let log = '';
export function initialize(data) {
  log = data.log;
}
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(log, `${r.url}\n`);
  return r;
}
