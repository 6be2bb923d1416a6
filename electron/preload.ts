// The sandboxed preload: exposes exactly one typed function, invoke(channel, input), for the contract's channels.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../core/common/api/contract';

export const EXPOSED_CHANNELS: readonly string[] = CHANNEL_NAMES;
const allowed = new Set(EXPOSED_CHANNELS);

contextBridge.exposeInMainWorld('qicaoHost', {
  invoke(channel: string, input: unknown) {
    if (!allowed.has(channel)) return Promise.resolve({ error: { code: 'unknown-channel', message: `未知的接口：${channel}` } });
    return ipcRenderer.invoke(`qicao:${channel}`, input);
  },
});
