// The composition root: opens the library and implements the API contract on it. Hosts call this and nothing else.
// When the library cannot be opened, the API runs degraded (explains, offers backups) until a backup is restored.
import { type Api, CHANNEL_NAMES } from '../../common/api/contract';
import type { Template } from '../../common/templates/schema';
import { type Library, LibraryError, createLibrary } from '../library';
import { loadTemplates } from '../templates';
import { appApi } from './app-api';
import { chromiumPdf } from './chromium-pdf';
import { degradedApi } from './degraded-api';
import { documentApi } from './document-api';
import { exportApi } from './export-api';
import { ledgerApi } from './ledger-api';
import { libraryApi } from './library-api';
import { type PrintAhead, printAhead } from './print-ahead';
import { reviewApi } from './review-api';
import { BROWSER_FILES, type ServicePorts } from './ports';

export interface Services {
  /** Stable for the host's lifetime; calls go to the working or the degraded implementation. */
  api: Api;
  close(): Promise<void>;
}

function libraryBackedApi(lib: Library, templates: Template[], ports: ServicePorts, ahead: PrintAhead): Api {
  const now = () => ports.clock().toISOString();
  const files = ports.files ?? BROWSER_FILES;
  const library = libraryApi(lib, templates, files, now);
  return {
    ...appApi(lib, templates, ports),
    ...library,
    // A draft exported to PDF is printed ahead after its saves, for its next export (print-ahead.ts).
    'drafts.save': async (input) => {
      const saved = await library['drafts.save'](input);
      ahead.saved(input.draft.id);
      return saved;
    },
    ...documentApi(lib, now, ports.parseNotice),
    ...exportApi(lib, files, ahead),
    ...reviewApi(lib, now),
    ...ledgerApi(lib, templates, files, now),
  };
}

export async function createServices(ports: ServicePorts): Promise<Services> {
  const templates = loadTemplates(ports.templatesDir);
  const chromium = ports.pdf ? null : chromiumPdf();
  const pdf = ports.pdf ?? chromium!.pdf;
  let lib: Library | null = null;
  let ahead: PrintAhead | null = null;
  let impl: Api;

  const open = async (): Promise<void> => {
    try {
      const opened = await createLibrary({ dataDir: ports.dataDir, clock: ports.clock });
      lib = opened;
      ahead?.close();
      ahead = printAhead(pdf, (id) => opened.drafts.get(id));
      impl = libraryBackedApi(opened, templates, ports, ahead);
    } catch (e) {
      if (!(e instanceof LibraryError)) throw e;
      impl = degradedApi({ kind: e.kind, message: e.message }, templates, ports, open);
    }
  };
  await open();

  const api = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [c, (input: never) => (impl[c] as (i: never) => Promise<unknown>)(input)]),
  ) as unknown as Api;
  return {
    api,
    close: async () => {
      ahead?.close();
      await chromium?.close();
      (lib as Library | null)?.close();
    },
  };
}
