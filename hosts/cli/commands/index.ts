// Every CLI command, in the order `qicao --help` lists them. Add a command: one file here, one line below.
import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { ledgerCommand } from './ledger';
import { newCommand } from './new';
import { serveCommand } from './serve';
import { summaryCommand } from './summary';
import { templatesCommand } from './templates';

export const COMMANDS: CliCommand[] = [
  templatesCommand,
  newCommand,
  serveCommand,
  checkCommand,
  importCommand,
  summaryCommand,
  exportCommand,
  ledgerCommand,
];

/** Flags that take a value, across all commands. */
export const VALUE_FLAGS = new Set(['o', 'out', 'template', 'docx', 'pdf', 'ledger', 'port', 'data', 'profile', 'from', 'into', 'map', 'header-row']);
