// The three transports (HTTP routes, IPC handlers, preload bridge) expose the same channels as the contract.
import { describe, expect, it, vi } from 'vitest';
import { type Api, CHANNEL_NAMES } from '../../../core/common/api/contract';
import { registerIpc } from '../../../electron/ipc';
import { API_ROUTES } from '../../../hosts/browser/server';

import { HOST_EVENT_CHANNEL, RENDERER_REPORT_CHANNEL } from '../../../core/common/api/host-events';
import { MANIFEST_CHANNEL, hostManifest } from '../../../electron/host-bridge';

const exposed: Record<string, unknown> = {};
const listeners = new Map<string, (e: unknown, m: unknown) => void>();
const sent: unknown[] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: vi.fn(async (name: string, input: unknown) => ({ result: { name, input } })),
    // The preload asks main for the lists at start (main answers with hostManifest()).
    sendSync: (name: string) => (name === MANIFEST_CHANNEL ? hostManifest() : null),
    send: (name: string, m: unknown) => sent.push([name, m]),
    on: (name: string, l: (e: unknown, m: unknown) => void) => listeners.set(name, l),
    removeListener: (name: string) => listeners.delete(name),
  },
}));

describe('transports agree with the contract', () => {
  it('HTTP, IPC and preload list the same channels', async () => {
    const handled: string[] = [];
    const api = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, async () => c])) as unknown as Api;
    registerIpc({ handle: (name: string) => void handled.push(name) }, api);
    const { EXPOSED_CHANNELS } = await import('../../../electron/preload');

    const fromHttp = API_ROUTES.map((r) => r.replace('/api/', '')).sort();
    const fromIpc = handled.map((n) => n.replace('qicao:', '')).sort();
    const fromPreload = [...EXPOSED_CHANNELS].sort();
    expect(fromHttp).toEqual([...CHANNEL_NAMES].sort());
    expect(fromIpc).toEqual(fromHttp);
    expect(fromPreload).toEqual(fromHttp);
  });

  it('the preload exposes only invoke, onHostEvent and report, and refuses a channel outside the contract', async () => {
    await import('../../../electron/preload');
    const bridge = exposed.qicaoHost as { invoke: (c: string, i: unknown) => Promise<unknown> };
    expect(Object.keys(bridge)).toEqual(['invoke', 'onHostEvent', 'report']);
    expect(await bridge.invoke('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ error: { code: 'unknown-channel' } });
    expect(await bridge.invoke('drafts.get', { id: 'd_1' })).toEqual({ result: { name: 'qicao:drafts.get', input: { id: 'd_1' } } });
  });
});

describe('preload host events and reports', () => {
  type Bridge = { onHostEvent: (h: (n: string, p: unknown) => void) => () => void; report: (n: string, p: unknown) => void };

  it('uses the channel names of core/common/api/host-events.ts', async () => {
    const src = (await import('node:fs')).readFileSync('electron/preload.ts', 'utf8');
    expect(src).toContain(`'${HOST_EVENT_CHANNEL}'`);
    expect(src).toContain(`'${RENDERER_REPORT_CHANNEL}'`);
    expect(src).toContain(`'${MANIFEST_CHANNEL}'`);
    // A sandboxed preload can require only 'electron': no import may pull in another package.
    expect(src.match(/^import .* from '([^']+)'/gm)).toEqual(["import { contextBridge, ipcRenderer } from 'electron'"]);
  });

  it('forwards only declared events and reports', async () => {
    await import('../../../electron/preload');
    const bridge = exposed.qicaoHost as Bridge;
    const got: string[] = [];
    const off = bridge.onHostEvent((n) => got.push(n));
    const deliver = listeners.get(HOST_EVENT_CHANNEL)!;
    deliver({}, { name: 'menu.find', payload: {} });
    deliver({}, { name: 'shell.exec', payload: {} });
    deliver({}, null);
    expect(got).toEqual(['menu.find']);
    off();
    expect(listeners.has(HOST_EVENT_CHANNEL)).toBe(false);
    bridge.report('state.dirty', { dirty: true });
    bridge.report('fs.write', { path: '/etc' });
    expect(sent).toEqual([[RENDERER_REPORT_CHANNEL, { name: 'state.dirty', payload: { dirty: true } }]]);
  });
});
