// The shape of a CLI command: parsed flags in, exit code out; output goes through `io` so tests can capture it.

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export interface CliCommand {
  name: string;
  usage: string;
  /** One line, Chinese then English, for `qicao --help`. */
  summary: string;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

const CLI_ERROR = Symbol.for('qicao.CliError');

/** A user-facing error: printed as one line, exit code 1 (2 for usage errors), no stack trace. */
export class CliError extends Error {
  readonly [CLI_ERROR] = true;
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }

  // `qicao export` runs from its own bundle (cached-script.ts), which holds its own copy of this class.
  static override [Symbol.hasInstance](x: unknown): boolean {
    return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[CLI_ERROR] === true;
  }
}

/** `--flag value`, `--flag=value`, `-o value` and bare `--switch`; everything else is positional. */
export function parseArgs(argv: string[], valueFlags: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-') && a !== '-') {
      const [name, inline] = a.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (valueFlags.has(name)) {
        const v = argv[++i];
        if (v === undefined) throw new CliError(`参数 ${a} 需要一个值。`, 2);
        flags.set(name, v);
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = args.flags.get(n);
    if (typeof v === 'string') return v;
  }
  return undefined;
}
