// The composition root: opens the library and implements the API contract on it. Hosts call this and nothing else.
import type { Api } from '../../common/api/contract';
import { instantiateTemplate, summarizeTemplate } from '../../common/templates/engine';
import { DraftLibrary } from '../library/drafts';
import { UnitProfiles } from '../library/profile';
import { Search } from '../library/search';
import { Versions } from '../library/versions';
import { Store } from '../store/store';
import { loadTemplates } from '../templates';
import { toListItem } from './list-items';
import type { ServicePorts } from './ports';
import { ApiError } from '../../common/api/contract';

export interface Services {
  api: Api;
  close(): void;
}

export async function createServices(ports: ServicePorts): Promise<Services> {
  const templates = loadTemplates(ports.templatesDir);
  const store = await Store.open({ dataDir: ports.dataDir, clock: ports.clock });
  const versions = new Versions(store);
  const drafts = new DraftLibrary(store, versions);
  const search = new Search(store);
  const profiles = new UnitProfiles(store);
  const now = () => ports.clock().toISOString();

  const api: Api = {
    'app.info': async () => ({
      name: '起草',
      version: ports.version,
      host: ports.host,
      dataDir: ports.dataDir,
      recovered: !store.session.previousCleanShutdown,
    }),
    'templates.list': async () => templates.map(summarizeTemplate),
    'profile.get': async () => profiles.get(),
    'profile.save': async ({ profile }) => profiles.set(profile),
    'drafts.list': async ({ query, year, docType }) => {
      if (query?.trim()) {
        return search.query({ text: query, year, docType }).map((h) => toListItem(h.draft, h.snippets[0]));
      }
      return drafts.list({ year, docType }).map((d) => toListItem(d));
    },
    'drafts.create': async ({ templateId }) => {
      const t = templates.find((x) => x.id === templateId);
      if (!t) throw new ApiError('not-found', `没有名为“${templateId}”的模板。`);
      const draft = instantiateTemplate(t, { profile: profiles.get(), now: now() });
      drafts.create(draft);
      return drafts.get(draft.id);
    },
    'drafts.get': async ({ id }) => drafts.get(id),
    'drafts.save': async ({ draft }) => ({ updatedAt: drafts.save(draft).updatedAt }),
    'drafts.delete': async ({ id }) => {
      drafts.delete(id);
      return { ok: true };
    },
  };

  return { api, close: () => store.close() };
}
