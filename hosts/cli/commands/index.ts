// Every CLI command, in the order `qicao --help` lists them. Add a command: one file here, one line below.
// A command's module is imported only when it runs (esbuild makes each a chunk), so `qicao --version` or
// `qicao templates` never load what `export` or `serve` need (docx, better-sqlite3…); `--help` loads them all.
import type { CliCommand } from '../command';

/** In the built CLI, the command from its code-cached script (../cached-script.ts); from sources, undefined. */
async function cached(name: string, exported: string): Promise<CliCommand | undefined> {
  return (await import('../cached-script')).cachedCommandModule(name)?.[exported] as CliCommand | undefined;
}

const LOADERS: Record<string, () => Promise<CliCommand>> = {
  templates: async () => (await import('./templates')).templatesCommand,
  new: async () => (await import('./new')).newCommand,
  serve: async () => (await import('./serve')).serveCommand,
  check: async () => (await import('./check')).checkCommand,
  import: async () => (await import('./import')).importCommand,
  // The built CLI runs summary and export from code-cached scripts: they are the one-shot commands clerks time.
  summary: async () => (await cached('summary', 'summaryCommand')) ?? (await import('./summary')).summaryCommand,
  export: async () => (await cached('export', 'exportCommand')) ?? (await import('./export')).exportCommand,
  review: async () => (await import('./review')).reviewCommand,
  ledger: async () => (await import('./ledger')).ledgerCommand,
};

/** The command named so, loaded; undefined for an unknown name. */
export function loadCommand(name: string): Promise<CliCommand> | undefined {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]!() : undefined;
}

/** All commands, in order (for `qicao --help`). */
export function loadAllCommands(): Promise<CliCommand[]> {
  return Promise.all(Object.values(LOADERS).map((load) => load()));
}

/** Flags that take a value, across all commands. */
export const VALUE_FLAGS = new Set(['o', 'out', 'template', 'docx', 'pdf', 'ledger', 'port', 'data', 'profile', 'from', 'into', 'map', 'header-row']);
