// `node --import ./test/support/module-log.mjs …` appends every module the process loads (ESM resolutions and CommonJS
// requires, as absolute paths or URLs) to the file named by QICAO_MODULE_LOG, one a line. Used to prove that a
// command does not load packages it does not need.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env.QICAO_MODULE_LOG;
if (log) {
  register(new URL('./module-log-hooks.mjs', import.meta.url), { data: { log } });
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    try {
      appendFileSync(log, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      appendFileSync(log, `${request}\n`);
    }
    return load.apply(this, arguments);
  };
}
