// The renderer's single access point to the host: Electron IPC through the preload, or HTTP to the browser host.
// The rest of the UI calls `api.<channel>(input)` and never knows which host serves it.
import { type Api, ApiError, type ApiErrorBody, CHANNEL_NAMES, type Channel } from '../../core/common/api/contract';
import type { HostEventName, HostEventPayload, RendererReport, RendererReportName } from '../../core/common/api/host-events';

interface PreloadBridge {
  invoke(channel: string, input: unknown): Promise<{ result?: unknown; error?: ApiErrorBody }>;
  /** Electron only (menu commands, files to open); returns the unsubscribe function. */
  onHostEvent?(handler: (name: string, payload: unknown) => void): () => void;
  report?(name: string, payload: unknown): void;
}

declare global {
  interface Window {
    qicaoHost?: PreloadBridge;
  }
}

const TOKEN_KEY = 'qicao.token';

/** The browser host passes its per-launch token in the URL fragment (never sent to a server); keep it per tab. */
function browserToken(): string {
  const m = /(?:^|[#&])token=([\w-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function callHttp(token: string, channel: Channel, input: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`./api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qicao-Token': token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ApiError('offline', '无法连接起草后台服务，请确认起草仍在运行。');
  }
  const body = (await res.json().catch(() => null)) as { result?: unknown; error?: ApiErrorBody } | null;
  if (!body) throw new ApiError('bad-response', `后台服务返回了无法识别的内容（HTTP ${res.status}）。`);
  if (body.error) throw new ApiError(body.error.code, body.error.message);
  return body.result;
}

function createApi(): Api {
  const bridge = window.qicaoHost;
  const token = bridge ? '' : browserToken();
  const call = async (channel: Channel, input: unknown): Promise<unknown> => {
    if (!bridge) return callHttp(token, channel, input);
    const r = await bridge.invoke(channel, input ?? {});
    if (r.error) throw new ApiError(r.error.code, r.error.message);
    return r.result;
  };
  return Object.fromEntries(CHANNEL_NAMES.map((c) => [c, (input: unknown) => call(c, input)])) as unknown as Api;
}

export const api: Api = createApi();
export { ApiError };

/**
 * Subscribes to a host event (Electron menu commands, files to open, 保存并关闭); a no-op in the browser host,
 * which has no menu. Returns the unsubscribe function. The payload was validated in the main process.
 */
export function onHostEvent<N extends HostEventName>(name: N, handler: (payload: HostEventPayload<N>) => void): () => void {
  const bridge = window.qicaoHost;
  if (!bridge?.onHostEvent) return () => undefined;
  return bridge.onHostEvent((n, payload) => {
    if (n === name) handler(payload as HostEventPayload<N>);
  });
}

/** Tells the host what it needs to know: 'app.ready' once subscribed, 'state.dirty' whenever it changes. */
export function reportToHost<N extends RendererReportName>(name: N, payload: RendererReport<N>): void {
  window.qicaoHost?.report?.(name, payload);
}
