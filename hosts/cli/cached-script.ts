// Runs a command built as one classic script (dist/cli/cached/<name>.cjs, docx inside; scripts/build.mjs) with V8's
// code cache beside it (<name>.cjs.cache, written by the build's training export). Node 20 keeps no compile cache
// for ES modules, and a one-shot `qicao export` spent a third of its time parsing and lazily compiling docx; with the
// cache V8 starts from compiled bytecode. A missing, stale or rejected cache (another Node) only costs that time back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { cliPaths } from './app-root';

/** Set by scripts/build.mjs in the CLI bundle only: from sources (tests), commands are imported as modules. */
declare const __QICAO_CACHED_SCRIPTS__: boolean | undefined;
const BUILT = typeof __QICAO_CACHED_SCRIPTS__ === 'boolean' && __QICAO_CACHED_SCRIPTS__;

// The cache file starts with the script's CRC-32 and length: V8 itself checks only the source's length, and a stale
// cache would run old functions. (CRC, not a hash: it guards against a rebuild, not an attacker; zlib is loaded anyway.)
const STAMP = 8;

export interface CachedScript {
  exports: Record<string, unknown>;
  /** Whether V8 used the cache (false: none, stale, or rejected by this Node). */
  cacheUsed: boolean;
}

/** The script's exports, run with its code cache; undefined where the script is not built (running from sources). */
export function runCachedScript(file: string): CachedScript | undefined {
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  const stamp = Buffer.alloc(STAMP);
  stamp.writeUInt32LE(crc32(source), 0);
  stamp.writeUInt32LE(source.length, 4);
  const cacheFile = `${file}.cache`;
  const cache = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const fresh = cache !== undefined && cache.subarray(0, STAMP).equals(stamp);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(fresh ? { cachedData: cache.subarray(STAMP) } : {}),
  });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  // The build's training run: the cache is taken at exit, so it holds every function the export compiled.
  if (process.env.QICAO_WRITE_CODE_CACHE === '1') {
    process.once('beforeExit', () => {
      // Renamed into place: a CLI started meanwhile (tests build while others run) never reads half a cache.
      writeFileSync(`${cacheFile}.${process.pid}`, Buffer.concat([stamp, script.createCachedData()]));
      renameSync(`${cacheFile}.${process.pid}`, cacheFile);
    });
  }
  return { exports: module.exports, cacheUsed: fresh && !script.cachedDataRejected };
}

/** A command's module from its cached script in the built CLI; undefined from sources or where it is not built. */
export function cachedCommandModule(name: string): Record<string, unknown> | undefined {
  return BUILT ? runCachedScript(join(cliPaths().root, 'dist', 'cli', 'cached', `${name}.cjs`))?.exports : undefined;
}
