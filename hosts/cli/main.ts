// `qicao` entry: dispatches to a command, prints Chinese one-line errors, never a stack trace for user mistakes.
import { type CliIo, CliError, parseArgs } from './command';
import { VALUE_FLAGS, loadAllCommands, loadCommand } from './commands/index';

import { VERSION } from './version';

export async function helpText(): Promise<string> {
  const commands = await loadAllCommands();
  return [
    `起草 Qicao ${VERSION} — 离线公文起草（巡察整改进展情况通报、工作总结），按 GB/T 9704-2012 导出 Word/PDF`,
    '',
    '用法 Usage: qicao <命令 command> [参数 options]',
    '',
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    '  qicao --help      显示本帮助 / show this help',
    '  qicao --version   显示版本 / show the version',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${await helpText()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    io.err(`未知命令：${name}。运行 qicao --help 查看可用命令。\n`);
    return 2;
  }
  try {
    const args = parseArgs(rest, VALUE_FLAGS);
    if (args.flags.has('help') || args.flags.has('h')) {
      io.out(`用法 Usage: ${cmd.usage}\n${cmd.summary}\n`);
      return 0;
    }
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`错误：${e.message}\n`);
      return e.exitCode;
    }
    io.err(`内部错误（请将此信息反馈给维护人员）：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 70;
  }
}
