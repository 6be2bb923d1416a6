// Every CLI command, in the order `qicao --help` lists them. Add a command: one file here, one line below.
import type { CliCommand } from '../command';
import { newCommand } from './new';
import { serveCommand } from './serve';
import { templatesCommand } from './templates';

export const COMMANDS: CliCommand[] = [
  templatesCommand,
  newCommand,
  serveCommand,
];

/** Flags that take a value, across all commands. */
export const VALUE_FLAGS = new Set(['o', 'out', 'template', 'docx', 'pdf', 'ledger', 'port', 'data', 'profile', 'from']);
