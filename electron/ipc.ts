// IPC handlers generated from the contract: one `qicao:<channel>` handler per channel, sender checked, input validated.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type Api, CHANNEL_NAMES, dispatch, toErrorBody } from '../core/common/api/contract';
import { isAppUrl } from './security';

export const ipcName = (channel: string): string => `qicao:${channel}`;

/** Only our own top frame may call the host (not an injected frame or a foreign page). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame.parent === null && isAppUrl(frame.url));
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, api: Api): string[] {
  return CHANNEL_NAMES.map((channel) => {
    const name = ipcName(channel);
    ipcMain.handle(name, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return { error: { code: 'forbidden', message: '拒绝访问：请求来源不可信。' } };
      try {
        return { result: await dispatch(api, channel, input) };
      } catch (e) {
        const error = toErrorBody(e);
        // A bug: the window gets a Chinese sentence, the details go to the main process's log.
        if (error.code === 'internal') console.error(`[qicao] ${channel}:`, e);
        return { error };
      }
    });
    return name;
  });
}
