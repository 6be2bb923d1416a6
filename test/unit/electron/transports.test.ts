// The three transports (HTTP routes, IPC handlers, preload bridge) expose the same channels as the contract.
import { describe, expect, it, vi } from 'vitest';
import { type Api, CHANNEL_NAMES } from '../../../core/common/api/contract';
import { registerIpc } from '../../../electron/ipc';
import { API_ROUTES } from '../../../hosts/browser/server';

const exposed: Record<string, unknown> = {};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke: vi.fn(async (name: string, input: unknown) => ({ result: { name, input } })) },
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

  it('the preload exposes only invoke, and refuses a channel outside the contract', async () => {
    await import('../../../electron/preload');
    const bridge = exposed.qicaoHost as { invoke: (c: string, i: unknown) => Promise<unknown> };
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(await bridge.invoke('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ error: { code: 'unknown-channel' } });
    expect(await bridge.invoke('drafts.get', { id: 'd_1' })).toEqual({ result: { name: 'qicao:drafts.get', input: { id: 'd_1' } } });
  });
});
