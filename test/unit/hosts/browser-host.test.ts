// The browser host refuses calls without the token, from a foreign Origin or Host; it serves the contract's routes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, CHANNEL_NAMES } from '../../../core/common/api/contract';
import { API_ROUTES, type BrowserHost, startBrowserHost } from '../../../hosts/browser/server';

/** A recording implementation: every channel answers with its own name, so routing is observable. */
const api = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, async () => ({ channel: c })])) as unknown as Api;

function call(host: BrowserHost, path: string, opts: { token?: string; origin?: string; hostHeader?: string; body?: string; method?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Host: opts.hostHeader ?? `127.0.0.1:${host.port}` };
    if (opts.token !== undefined) headers['X-Qicao-Token'] = opts.token;
    if (opts.origin) headers.Origin = opts.origin;
    const req = request({ host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.method === 'GET' ? undefined : (opts.body ?? '{}'));
  });
}

describe('browser host', () => {
  let host: BrowserHost;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-renderer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>起草</title>');
    host = await startBrowserHost({ api, rendererDir: dir });
  });
  afterAll(() => host.close());

  it('listens on loopback with a random port and prints the token in the URL fragment', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the token', async () => {
    const r = await call(host, '/api/templates.list', { token: host.token, origin: `http://127.0.0.1:${host.port}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ result: { channel: 'templates.list' } });
  });

  it('refuses a call without the token or with a wrong one', async () => {
    expect((await call(host, '/api/templates.list')).status).toBe(401);
    expect((await call(host, '/api/templates.list', { token: 'x'.repeat(host.token.length) })).status).toBe(401);
  });

  it('refuses a foreign Origin and a foreign Host even with the token (DNS rebinding)', async () => {
    const foreign = await call(host, '/api/templates.list', { token: host.token, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const rebound = await call(host, '/api/templates.list', { token: host.token, hostHeader: `evil.example:${host.port}` });
    expect(rebound.status).toBe(421);
    const page = await call(host, '/', { method: 'GET', hostHeader: 'evil.example' });
    expect(page.status).toBe(421);
  });

  it('validates input and names unknown channels', async () => {
    const bad = await call(host, '/api/drafts.get', { token: host.token, body: '{"id": 5}' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/请求参数无效/);
    expect((await call(host, '/api/nope', { token: host.token })).status).toBe(404);
    expect((await call(host, '/api/drafts.get', { token: host.token, body: '{oops' })).status).toBe(400);
  });

  it('serves the page with a strict CSP and refuses path escapes', async () => {
    const page = await call(host, '/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await call(host, '/../../etc/passwd', { method: 'GET' })).status).toBe(404);
  });

  it('exposes exactly one route per contract channel', () => {
    expect(API_ROUTES).toEqual(CHANNEL_NAMES.map((c) => `/api/${c}`));
  });
});
