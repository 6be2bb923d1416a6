// `qicao templates`: the built-in templates, one a line (or --json).
import { summarizeTemplate } from '../../../core/common/templates/engine';
import { loadTemplates } from '../../../core/node/templates';
import { cliPaths } from '../app-root';
import type { CommandRun } from '../command';

export const runTemplates: CommandRun = async (args, io) => {
  const list = loadTemplates(cliPaths().templates).map(summarizeTemplate);
  if (args.flags.has('json')) io.out(`${JSON.stringify(list, null, 2)}\n`);
  else for (const t of list) io.out(`${t.id.padEnd(24)} ${t.name} — ${t.description}\n`);
  return 0;
};
