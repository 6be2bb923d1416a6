// The API while the library cannot be opened: the clerk is told why and offered backups; nothing is overwritten.
import { type Api, ApiError, CHANNEL_NAMES, type Channel } from '../../common/api/contract';
import { summarizeTemplate } from '../../common/templates/engine';
import type { Template } from '../../common/templates/schema';
import { listLibraryBackups, restoreLibraryBackup } from '../library';
import type { ServicePorts } from './ports';

export interface LibraryProblem {
  kind: string;
  message: string;
}

/** `reopen` is called after a backup was restored; it replaces this API with the working one. */
export function degradedApi(problem: LibraryProblem, templates: Template[], ports: ServicePorts, reopen: () => Promise<void>): Api {
  const refuse = (channel: Channel) => async () => {
    throw new ApiError(`library-${problem.kind}`, `${problem.message}（无法执行：${channel}）`);
  };
  const backups = () => listLibraryBackups(ports.dataDir).map(({ fileName, kind, createdAt, size }) => ({ fileName, kind, createdAt, size }));
  const open: Partial<Api> = {
    'app.info': async () => ({
      name: '起草', version: ports.version, host: ports.host, dataDir: ports.dataDir,
      recovered: false, recovery: null, libraryProblem: problem,
    }),
    'templates.list': async () => templates.map(summarizeTemplate),
    'backups.list': async () => backups(),
    'backups.restore': async ({ fileName }) => {
      const r = restoreLibraryBackup({ dataDir: ports.dataDir, fileName, clock: ports.clock });
      await reopen();
      return r;
    },
  };
  return Object.fromEntries(CHANNEL_NAMES.map((c) => [c, open[c] ?? refuse(c)])) as unknown as Api;
}
