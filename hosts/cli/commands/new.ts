// `qicao new --template <id> -o <draft.qicao.json>`: a new draft from a template, with the unit profile if given.
import { existsSync } from 'node:fs';
import { instantiateTemplate } from '../../../core/common/templates/engine';
import { writeDraftFile } from '../../../core/node/draft-file';
import { loadTemplates } from '../../../core/node/templates';
import { cliPaths } from '../app-root';
import { loadProfileArg } from '../inputs';
import { CliError, type CliCommand, stringFlag } from '../command';

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'qicao new --template <id> -o <draft.qicao.json> [--profile unit.json] [--force]',
  summary: '用模板新建文稿 / start a draft from a template',
  async run(args, io) {
    const id = stringFlag(args, 'template');
    const out = stringFlag(args, 'o', 'out');
    if (!id || !out) throw new CliError('需要 --template <模板> 和 -o <输出文件>。运行 qicao templates 查看模板。', 2);
    const templates = loadTemplates(cliPaths().templates);
    const t = templates.find((x) => x.id === id);
    if (!t) throw new CliError(`没有名为“${id}”的模板。可用模板：${templates.map((x) => x.id).join('、')}。`, 2);
    if (existsSync(out) && !args.flags.has('force')) throw new CliError(`“${out}”已存在；如要覆盖请加 --force。`);
    const draft = instantiateTemplate(t, { profile: loadProfileArg(stringFlag(args, 'profile')), now: new Date().toISOString() });
    writeDraftFile(out, draft);
    io.out(`已新建文稿：${out}（模板：${t.name}）\n`);
    return 0;
  },
};
