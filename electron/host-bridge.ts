// The main-process side of the messages outside the API: the manifest the preload asks for at start, host events
// sent to the renderer (validated before they leave), and the renderer's state reports (validated on arrival).
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { CHANNEL_NAMES } from '../core/common/api/contract';
import {
  HOST_EVENT_CHANNEL,
  HOST_EVENT_NAMES,
  type HostEventName,
  type HostEventPayload,
  RENDERER_REPORT_CHANNEL,
  RENDERER_REPORT_NAMES,
  type RendererReport,
  type RendererReportName,
  validateHostEvent,
  validateRendererReport,
} from '../core/common/api/host-events';
import { isTrustedSender } from './ipc';

/** Asked synchronously by the preload: the sandboxed preload cannot load the contract module (it needs valibot). */
export const MANIFEST_CHANNEL = 'qicao-host:manifest';

export interface HostManifest {
  channels: string[];
  events: string[];
  reports: string[];
}

export function hostManifest(): HostManifest {
  return { channels: [...CHANNEL_NAMES], events: [...HOST_EVENT_NAMES], reports: [...RENDERER_REPORT_NAMES] };
}

export function sendHostEvent<N extends HostEventName>(contents: Pick<WebContents, 'send' | 'isDestroyed'>, name: N, payload: HostEventPayload<N>): void {
  const valid = validateHostEvent(name, payload);
  if (!contents.isDestroyed()) contents.send(HOST_EVENT_CHANNEL, { name, payload: valid });
}

export type ReportHandlers = { [N in RendererReportName]: (report: RendererReport<N>, sender: WebContents) => void };

export function registerHostBridge(ipcMain: Pick<IpcMain, 'on'>, handlers: ReportHandlers, log: (m: string) => void = console.warn): void {
  ipcMain.on(MANIFEST_CHANNEL, (event: IpcMainEvent) => {
    event.returnValue = isTrustedSender(event) ? hostManifest() : { channels: [], events: [], reports: [] };
  });
  ipcMain.on(RENDERER_REPORT_CHANNEL, (event: IpcMainEvent, message: unknown) => {
    if (!isTrustedSender(event)) return log('report from an untrusted frame ignored');
    const m = message as { name?: unknown; payload?: unknown } | null;
    try {
      const { name, payload } = validateRendererReport(m?.name, m?.payload);
      (handlers[name] as (r: unknown, s: WebContents) => void)(payload, event.sender);
    } catch (e) {
      log(`bad report ignored: ${(e as Error).message}`);
    }
  });
}
