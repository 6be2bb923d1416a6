// What a host supplies to the services: where the data lives, where the app's files are, the clock, who it is, and
// how files reach the clerk (native dialogs in Electron; downloads and file inputs in the browser host).
import type { NoticeParser } from './notice-parser';

export interface FileFilter {
  name: string; // e.g. 'Word 文档'
  extensions: string[]; // without dots: ['docx']
}

export type SaveOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  /** The host cannot ask for a path (browser): the renderer offers the bytes as a download instead. */
  | { kind: 'download' };

export interface FilePort {
  /** Asks the clerk where to save (suggesting `suggestedName`) and writes `data` atomically there. */
  saveAs(req: { suggestedName: string; filters: FileFilter[]; data: Uint8Array }): Promise<SaveOutcome>;
  /** Asks the clerk for a file to open; null when cancelled or when the host cannot ask (browser: file input). */
  openFile(req: { filters: FileFilter[] }): Promise<{ path: string; data: Uint8Array } | null>;
}

/** The browser host cannot show native dialogs: saves become downloads, opens go through the page's file input. */
export const BROWSER_FILES: FilePort = {
  saveAs: async () => ({ kind: 'download' }),
  openFile: async () => null,
};

/** Prints a self-contained print-view page (HTML + CSS paged media) to PDF bytes. */
export type PdfPort = (html: string) => Promise<Uint8Array>;

export interface ServicePorts {
  dataDir: string;
  templatesDir: string;
  clock: () => Date;
  host: 'electron' | 'browser';
  version: string;
  /** Defaults to BROWSER_FILES. */
  files?: FilePort;
  /** Defaults to the local Chromium through playwright-core (Electron passes webContents.printToPDF). */
  pdf?: PdfPort;
  /** Parses notice text into a draft; defaults to in-process (the browser host passes a worker thread). */
  parseNotice?: NoticeParser;
}
