// `qicao templates`: the built-in templates, one a line (or --json).
import { summarizeTemplate } from '../../../core/common/templates/engine';
import { loadTemplates } from '../../../core/node/templates';
import { cliPaths } from '../app-root';
import type { CliCommand } from '../command';

export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: 'qicao templates [--json]',
  summary: '列出内置模板 / list the built-in templates',
  async run(args, io) {
    const list = loadTemplates(cliPaths().templates).map(summarizeTemplate);
    if (args.flags.has('json')) io.out(`${JSON.stringify(list, null, 2)}\n`);
    else for (const t of list) io.out(`${t.id.padEnd(24)} ${t.name} — ${t.description}\n`);
    return 0;
  },
};
