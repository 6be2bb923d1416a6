// Which files a start of the app was asked to open: double-click on a .qicao.json, "open with", or a second start.
import { isAbsolute, resolve } from 'node:path';
import { openFileKind } from '../core/common/api/host-events';

/**
 * The openable files named on a command line, made absolute against `cwd` (a second instance reports its own
 * working directory). Flags (`--foo`, Chromium's `--original-process-start-time=…`), the executable and `.` (the
 * app folder in development) are skipped because only names with an extension the app opens are kept.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, pathResolve: (cwd: string, p: string) => string = resolve): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    if (!arg || arg.startsWith('-')) continue;
    if (!openFileKind(arg)) continue;
    const full = isAbsolute(arg) || /^[A-Za-z]:[\\/]/.test(arg) ? arg : pathResolve(cwd, arg);
    if (!out.includes(full)) out.push(full);
  }
  return out;
}
