// The sandboxed preload: exposes typed calls only — invoke(channel, input) for the contract's channels,
// onHostEvent(handler) for menu commands and files to open, report(name, payload) for state the host needs.
// It imports nothing but electron: a sandboxed preload cannot load other modules, so the lists come from main.
import { contextBridge, ipcRenderer } from 'electron';

// Kept equal to core/common/api/host-events.ts (a test checks); importing it would pull in valibot.
const HOST_EVENT_CHANNEL = 'qicao-host:event';
const RENDERER_REPORT_CHANNEL = 'qicao-host:report';
const MANIFEST_CHANNEL = 'qicao-host:manifest';

interface Manifest {
  channels: string[];
  events: string[];
  reports: string[];
}

function manifest(): Manifest {
  const m = ipcRenderer.sendSync(MANIFEST_CHANNEL) as Partial<Manifest> | null;
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  return { channels: list(m?.channels), events: list(m?.events), reports: list(m?.reports) };
}

const m = manifest();
export const EXPOSED_CHANNELS: readonly string[] = m.channels;
const channels = new Set(m.channels);
const events = new Set(m.events);
const reports = new Set(m.reports);

type HostEventHandler = (name: string, payload: unknown) => void;

contextBridge.exposeInMainWorld('qicaoHost', {
  invoke(channel: string, input: unknown) {
    if (!channels.has(channel)) return Promise.resolve({ error: { code: 'unknown-channel', message: `未知的接口：${channel}` } });
    return ipcRenderer.invoke(`qicao:${channel}`, input);
  },
  /** Returns the unsubscribe function. */
  onHostEvent(handler: HostEventHandler) {
    const listener = (_e: unknown, msg: { name?: unknown; payload?: unknown } | null) => {
      if (typeof msg?.name === 'string' && events.has(msg.name)) handler(msg.name, msg.payload);
    };
    ipcRenderer.on(HOST_EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(HOST_EVENT_CHANNEL, listener);
    };
  },
  report(name: string, payload: unknown) {
    if (reports.has(name)) ipcRenderer.send(RENDERER_REPORT_CHANNEL, { name, payload });
  },
});
