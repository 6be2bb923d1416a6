// The composition root: opens the library and implements the API contract on it. Hosts call this and nothing else.
import type { Api } from '../../common/api/contract';
import { createLibrary } from '../library';
import { loadTemplates } from '../templates';
import { appApi } from './app-api';
import { chromiumPdf } from './chromium-pdf';
import { documentApi } from './document-api';
import { exportApi } from './export-api';
import { libraryApi } from './library-api';
import { BROWSER_FILES, type ServicePorts } from './ports';

export interface Services {
  api: Api;
  close(): Promise<void>;
}

export async function createServices(ports: ServicePorts): Promise<Services> {
  const templates = loadTemplates(ports.templatesDir);
  const lib = await createLibrary({ dataDir: ports.dataDir, clock: ports.clock });
  const now = () => ports.clock().toISOString();
  const files = ports.files ?? BROWSER_FILES;
  const chromium = ports.pdf ? null : chromiumPdf();
  const pdf = ports.pdf ?? chromium!.pdf;
  const api: Api = {
    ...appApi(lib, templates, ports),
    ...libraryApi(lib, templates, files, now),
    ...documentApi(lib, now),
    ...exportApi(lib, files, pdf),
  };
  return {
    api,
    close: async () => {
      await chromium?.close();
      lib.close();
    },
  };
}
