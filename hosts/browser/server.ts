// The browser host: the renderer and the API over HTTP on 127.0.0.1, a random port, a per-launch token.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Api, ApiError, CHANNEL_NAMES, dispatch, httpStatusFor, toErrorBody } from '../../core/common/api/contract';
import { CSP, checkHostAndOrigin, checkToken, newToken } from './security';
import { readStatic } from './static-files';

export interface BrowserHostOptions {
  api: Api;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/** Largest API request body (a whole draft with a long paste fits comfortably). */
export const MAX_BODY = 64 * 1024 * 1024;

/** The HTTP routes the host exposes: one POST route per contract channel. */
export const API_ROUTES = CHANNEL_NAMES.map((c) => `/api/${c}`);

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CSP } : {}),
  });
  res.end(body);
}

const sendError = (res: ServerResponse, status: number, code: string, message: string) =>
  send(res, status, JSON.stringify({ error: { code, message } }));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError('too-large', '请求内容过大（超过 64 MB）。');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  const token = opts.token ?? newToken();
  let port = 0;
  const server = createServer(async (req, res) => {
    const refusal = checkHostAndOrigin(req, port);
    if (refusal) return sendError(res, refusal.status, 'forbidden', refusal.message);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendError(res, 405, 'method', '只接受 POST 请求。');
      const denied = checkToken(req, token);
      if (denied) return sendError(res, denied.status, 'unauthorized', denied.message);
      try {
        const raw = await readBody(req);
        let input: unknown;
        try {
          input = raw ? JSON.parse(raw) : {};
        } catch {
          return sendError(res, 400, 'bad-request', '请求内容不是有效的 JSON。');
        }
        const result = await dispatch(opts.api, url.pathname.slice('/api/'.length), input);
        return send(res, 200, JSON.stringify({ result }));
      } catch (e) {
        const body = toErrorBody(e);
        // A bug: the clerk gets a Chinese sentence; the details go to the host's log, not to the page.
        if (body.code === 'internal') console.error(`[qicao] ${url.pathname}:`, e);
        return sendError(res, httpStatusFor(body.code), body.code, body.message);
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method', '不支持的请求方法。');
    const file = await readStatic(opts.rendererDir, url.pathname);
    if (!file) return sendError(res, 404, 'not-found', '找不到该页面。');
    return send(res, 200, file.body, file.type);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
