// `qicao serve [--port N] [--data DIR]`: the browser host — the app in a local browser, for tests and as the fallback.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../../../core/node/services/create-services';
import { startBrowserHost } from '../../browser/server';
import { workerParser } from '../../browser/worker-parser';
import { cliPaths } from '../app-root';
import { VERSION } from '../version';
import { CliError, type CliCommand, stringFlag } from '../command';

export const DEFAULT_DATA_DIR = join(homedir(), '.qicao');

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: 'qicao serve [--port N] [--data DIR]',
  summary: '在本机浏览器中运行起草（仅 127.0.0.1）/ run the app in a local browser (loopback only)',
  async run(args, io) {
    const portText = stringFlag(args, 'port');
    const port = portText === undefined ? 0 : Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`端口号无效：${portText}`, 2);
    const paths = cliPaths();
    // Next to the bundled CLI (dist/cli/import-worker.mjs); absent when running from sources.
    // The worker is an entry of its own beside qicao.mjs; this command runs from a chunk one folder below it.
    const script = [new URL('../import-worker.mjs', import.meta.url), new URL('./import-worker.mjs', import.meta.url)]
      .find((u) => existsSync(fileURLToPath(u))) ?? new URL('../import-worker.mjs', import.meta.url);
    const parser = workerParser(script);
    const services = await createServices({
      parseNotice: parser.parse,
      dataDir: stringFlag(args, 'data') ?? DEFAULT_DATA_DIR,
      templatesDir: paths.templates,
      clock: () => new Date(),
      host: 'browser',
      version: VERSION,
    });
    let host;
    try {
      host = await startBrowserHost({ api: services.api, rendererDir: paths.renderer, port });
    } catch (e) {
      await services.close();
      await parser.close();
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请换一个端口或不指定端口。` : `无法启动本机服务：${(e as Error).message}`);
    }
    io.out(`起草已在本机启动 / Qicao is running: ${host.url}\n`);
    io.out('按 Ctrl+C 退出 / press Ctrl+C to stop.\n');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await host.close();
    await services.close();
    await parser.close();
    return 0;
  },
};
