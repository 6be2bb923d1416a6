// Big pastes do not stall the browser host (issue 18): one larger than a draft may hold is refused before parsing;
// the largest one it may hold is parsed on a worker thread, and other requests (another window's autosave, the
// page's own calls) keep being answered meanwhile. Runs the built `qicao serve`.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, NOTICES_DIR } from '../../support/shared';
import { renderPlainText } from '../../../core/common/render/plain-text';
import { putianSizeDraft } from '../../support/synthetic-draft';

const BIN = process.env.QICAO_SERVE_BIN ?? resolve(__dirname, '../../../bin/qicao.mjs');
let child: ChildProcess;
let port = 0;
let token = '';

function post(channel: string, body: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((done, reject) => {
    const req = request({
      host: '127.0.0.1', port, path: `/api/${channel}`, method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${port}`, 'X-Qicao-Token': token },
    }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  child = spawn(process.execPath, [BIN, 'serve', '--data', mkdtempSync(join(tmpdir(), 'qicao-paste-'))], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('serve did not start')), 60_000);
    child.stdout!.on('data', (c) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(String(c));
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
  });
  port = Number(new URL(url).port);
  token = new URL(url).hash.slice('#token='.length);
}, 90_000);
afterAll(() => {
  child?.kill('SIGTERM');
});

describe('big pastes', () => {
  // The real putian notice where ../shared is present; the synthetic putian-size notice as text otherwise.
  const unit = HAS_SHARED ? readFileSync(join(NOTICES_DIR, 'putian-sfj-2025-notice.txt'), 'utf8') : renderPlainText(putianSizeDraft());

  it('a 5 MB paste is refused at once, before parsing, with a Chinese message', async () => {
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit)));
    const r = await post('import.parseText', JSON.stringify({ text }));
    expect(r.status).toBe(413);
  });

  it('the largest paste a draft can hold (~2.4 MB) is parsed while other requests keep being answered', async () => {
    const text = unit.repeat(Math.floor(950_000 / unit.length));
    await post('app.info', '{}');
    let parsing = true;
    const t0 = performance.now();
    const paste = post('import.parseText', JSON.stringify({ text })).finally(() => (parsing = false));
    const latencies: number[] = [];
    while (parsing) {
      latencies.push((await post('app.info', '{}')).ms);
      await new Promise((r) => setTimeout(r, 100));
    }
    const r = await paste;
    const pasteMs = performance.now() - t0;
    const worst = Math.max(...latencies);
    console.log(`${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB paste: answered ${r.status} after ${pasteMs.toFixed(0)} ms; meanwhile ${latencies.length} other requests, slowest ${worst.toFixed(0)} ms`);
    expect(r.status).toBe(200);
    expect(latencies.length).toBeGreaterThan(3);
    expect(worst).toBeLessThan(pasteMs / 3);
  }, 300_000);
});
