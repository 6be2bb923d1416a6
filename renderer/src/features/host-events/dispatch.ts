// Which host event (Electron menu, file to open, close prompt) calls which app action. Pure, so the table is tested
// without Electron or a DOM (test/unit/renderer/host-events.test.ts).
import type {
  FORMAT_ITEMS, HostEventName, HostEventPayload, INSERT_ITEMS, OpenFileKind, RendererReport, RendererReportName, VIEW_PANELS,
} from '../../../../core/common/api/host-events';

export type ViewPanel = (typeof VIEW_PANELS)[number];
export type InsertItem = (typeof INSERT_ITEMS)[number];
export type FormatItem = (typeof FORMAT_ITEMS)[number];

export interface HostActions {
  newDraft(): void;
  saveVersion(): void;
  exportDocument(kind: 'docx' | 'pdf' | 'draft-file'): void;
  find(mode: 'find' | 'replace'): void;
  showPanel(panel: ViewPanel): void;
  insert(item: InsertItem): void;
  format(item: FormatItem): void;
  openFile(file: { name: string; base64: string; kind: OpenFileKind }): void;
  /** Saves everything pending; resolves true when nothing would be lost by closing now. */
  saveAll(): Promise<boolean>;
}

export type Report = <N extends RendererReportName>(name: N, payload: RendererReport<N>) => void;
export type HostEventTable = { [N in HostEventName]: (payload: HostEventPayload<N>) => void };

export function hostEventTable(a: HostActions, report: Report): HostEventTable {
  return {
    'menu.newDraft': () => a.newDraft(),
    'menu.saveVersion': () => a.saveVersion(),
    'menu.exportDocx': () => a.exportDocument('docx'),
    'menu.exportPdf': () => a.exportDocument('pdf'),
    'menu.exportDraftFile': () => a.exportDocument('draft-file'),
    'menu.find': () => a.find('find'),
    'menu.replace': () => a.find('replace'),
    'menu.view': ({ panel }) => a.showPanel(panel),
    'menu.insert': ({ item }) => a.insert(item),
    'menu.format': ({ item }) => a.format(item),
    'file.open': ({ name, base64, kind }) => a.openFile({ name, base64, kind }),
    // The window closes once the host hears the draft is clean; a failed save keeps it open (the error shows).
    'app.saveBeforeClose': () => {
      void a.saveAll().then((clean) => {
        if (clean) report('state.dirty', { dirty: false });
      }, () => undefined);
    },
  };
}
