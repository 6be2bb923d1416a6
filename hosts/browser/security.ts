// Request checks for the browser host: loopback only, per-launch token, Host/Origin pinned (DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const newToken = (): string => randomBytes(24).toString('base64url');

export { APP_CSP as CSP } from '../../core/common/api/csp';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type Refusal = { status: number; message: string } | null;

/** Host must name this server; an Origin, when sent, must be this server too. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): Refusal {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host)) return { status: 421, message: '拒绝访问：主机名不符。' };
  const origin = req.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length)))) {
    return { status: 403, message: '拒绝访问：来源不符。' };
  }
  return null;
}

export function checkToken(req: IncomingMessage, token: string): Refusal {
  const sent = req.headers['x-qicao-token'];
  if (typeof sent !== 'string') return { status: 401, message: '缺少访问令牌。' };
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { status: 401, message: '访问令牌无效。' };
  return null;
}
