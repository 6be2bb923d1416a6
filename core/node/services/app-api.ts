// App channels: host info (with crash recovery), templates (built-in and the unit's own), the unit profile.
import type { AppOutputs } from '../../common/api/channels/app';
import type { Api } from '../../common/api/contract';
import { summarizeTemplate } from '../../common/templates/engine';
import type { Template } from '../../common/templates/schema';
import type { Library } from '../library';
import { USER_TEMPLATE_PREFIX } from '../library/templates';
import type { ServicePorts } from './ports';

type AppApi = Pick<Api, keyof AppOutputs>;

export function appApi(lib: Library, templates: Template[], ports: ServicePorts): AppApi {
  const recovery = lib.recovery();
  return {
    'app.info': async () => ({
      name: '起草',
      version: ports.version,
      host: ports.host,
      dataDir: ports.dataDir,
      recovered: recovery !== null,
      recovery: recovery ? { message: recovery.message, draftIds: recovery.drafts.map((d) => d.id) } : null,
      libraryProblem: null,
    }),
    'templates.list': async () => [
      ...templates.map(summarizeTemplate),
      ...lib.templates.list().map((t) => ({ id: USER_TEMPLATE_PREFIX + t.id, name: t.name, description: '本单位模板', docType: t.docType, user: true })),
    ],
    'profile.get': async () => lib.profile.get(),
    'profile.save': async ({ profile }) => lib.profile.set(profile),
  };
}
