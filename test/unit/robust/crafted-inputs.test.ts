// The crafted-input corpus (issue 18) through the browser host's HTTP API and through the CLI: every refused
// input gets a 4xx with a code and one Chinese sentence (no stack, no path, no English), the library is left
// exactly as it was, and the CLI never reaches 内部错误; accepted drafts round-trip.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../../core/node/services/create-services';
import { runCli } from '../../../hosts/cli/main';
import { type BrowserHost, startBrowserHost } from '../../../hosts/browser/server';
import { craftedDrafts, isClerkMessage } from '../../support/crafted-drafts';
import { TEMPLATES_DIR } from '../../support/templates';
import { zipBomb } from '../../support/zip-bombs';

const V0 = join(__dirname, '../library/fixtures/draft-schema0.qicao.json');
const corpus = craftedDrafts(V0);
const dir = mkdtempSync(join(tmpdir(), 'qicao-crafted-'));

function post(host: BrowserHost, channel: string, body: string): Promise<{ status: number; json: { result?: unknown; error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port: host.port, path: `/api/${channel}`, method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${host.port}`, 'X-Qicao-Token': host.token },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('crafted inputs through the browser host API', () => {
  let services: Services;
  let host: BrowserHost;
  beforeAll(async () => {
    const renderer = join(dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>起草</title>');
    writeFileSync(join(renderer, 'assets', 'index.js.map'), '{"sources":["secret.ts"]}');
    services = await createServices({
      dataDir: join(dir, 'data'), templatesDir: TEMPLATES_DIR, clock: () => new Date(), host: 'browser', version: 'test',
      pdf: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    });
    host = await startBrowserHost({ api: services.api, rendererDir: renderer });
  });
  afterAll(async () => {
    await host.close();
    await services.close();
  });

  const list = async () => (await post(host, 'drafts.list', '{"scope":"all"}')).json.result as { id: string }[];

  it('refuses each crafted .qicao.json (import) and draft (save) with 4xx + Chinese, leaving the library as it was', async () => {
    const wrong: string[] = [];
    for (const c of corpus.filter((x) => !x.accept)) {
      const before = (await list()).length;
      const imp = await post(host, 'drafts.importFile', JSON.stringify({ name: `${c.name}.qicao.json`, base64: Buffer.from(c.text).toString('base64') }));
      if (imp.status < 400 || imp.status >= 500 || !imp.json.error?.code || !isClerkMessage(imp.json.error.message)) {
        wrong.push(`import ${c.name}: ${imp.status} ${JSON.stringify(imp.json).slice(0, 200)}`);
      }
      // A valid draft without the file's "format" marker is not a draft file, but it is a valid save.
      if (c.name === 'not-json-no-format') continue;
      let doc: unknown;
      try {
        doc = JSON.parse(c.text);
      } catch {
        doc = c.text;
      }
      const save = await post(host, 'drafts.save', `{"draft":${typeof doc === 'string' ? JSON.stringify(doc) : c.text}}`);
      if (save.status < 400 || save.status >= 500 || !isClerkMessage(save.json.error?.message ?? '')) {
        wrong.push(`save ${c.name}: ${save.status} ${JSON.stringify(save.json).slice(0, 200)}`);
      }
      if ((await list()).length !== before) wrong.push(`${c.name}: the library changed`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('accepts the well-formed ones, which round-trip', async () => {
    for (const c of corpus.filter((x) => x.accept)) {
      const r = await post(host, 'drafts.importFile', JSON.stringify({ name: `${c.name}.qicao.json`, base64: Buffer.from(c.text).toString('base64') }));
      expect(r.status, c.name).toBe(200);
      const { draft } = r.json.result as { draft: { id: string; fields: unknown; body: unknown } };
      const got = (await post(host, 'drafts.get', JSON.stringify({ id: draft.id }))).json.result as typeof draft;
      expect(got.body).toEqual(draft.body);
      expect(got.fields).toEqual(draft.fields);
      expect((await post(host, 'drafts.save', JSON.stringify({ draft: got }))).status).toBe(200);
    }
  });

  it('answers not-found, bad JSON and unknown channels with 4xx codes, and a long Chinese file name without a path', async () => {
    const missing = await post(host, 'drafts.get', '{"id":"d_nowhere"}');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({ code: 'not-found' });
    expect((await post(host, 'drafts.get', '{"id":')).status).toBe(400);
    expect((await post(host, 'drafts.get', '{"id":""}')).status).toBe(400);
    const long = await post(host, 'import.file', JSON.stringify({ name: `${'巡察整改进展情况的通报'.repeat(20)}.txt`, base64: Buffer.from('\u0000\u0001').toString('base64') }));
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
    expect(isClerkMessage(long.json.error!.message)).toBe(true);
    expect(long.json.error!.message).not.toMatch(/ENAMETOOLONG|\/tmp/);
    const bigTitle = await post(host, 'import.text', JSON.stringify({ text: `${'标'.repeat(3_000_000)}\n一、整改情况\n正文。` }));
    expect(bigTitle.status).toBe(413);
    expect(bigTitle.json.error!.message).toMatch(/远超一份通报的篇幅/);

  }, 120_000);

  it('leaves its memory where it was after six zip bombs in parallel', async () => {
    const bomb = (await zipBomb('docx-lying')).toString();
    const body = JSON.stringify({ name: '通报.docx', base64: (await import('node:fs')).readFileSync(bomb).toString('base64') });
    await post(host, 'import.file', body); // warm up
    const before = process.memoryUsage().rss;
    const rs = await Promise.all(Array.from({ length: 6 }, () => post(host, 'import.file', body)));
    for (const r of rs) {
      expect(r.status).toBe(413);
      expect(r.json.error!.message).toMatch(/解压后过大/);
    }
    const growth = (process.memoryUsage().rss - before) / 1024 / 1024;
    console.log(`six parallel zip bombs through the host: RSS growth ${growth.toFixed(0)} MB`);
    expect(growth).toBeLessThan(100);
  }, 120_000);

  it('serves no source map', async () => {
    const get = (path: string) => new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: host.port, path, headers: { Host: `127.0.0.1:${host.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).end();
    });
    expect(await get('/index.html')).toBe(200);
    expect(await get('/assets/index.js.map')).toBe(404);
    expect(await get('/assets/index.js%2Emap')).toBe(404);
  });
});

describe('crafted inputs through the CLI (summary, check, export, import)', () => {
  const cli = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  };

  it('never reaches 内部错误; refuses with one Chinese line and exit 1, accepts the well-formed', async () => {
    const files = join(dir, 'cli');
    mkdirSync(files, { recursive: true });
    const wrong: string[] = [];
    for (const c of corpus) {
      const path = join(files, `${c.name}.qicao.json`);
      writeFileSync(path, c.text);
      for (const argv of [['summary', path], ['check', path], ['export', path, '--docx', join(files, `${c.name}.docx`)]]) {
        const r = await cli(...argv);
        if (r.code === 70 || /内部错误/.test(r.err)) wrong.push(`${argv[0]} ${c.name}: ${r.err.slice(0, 300)}`);
        else if (c.accept && r.code !== 0 && !(argv[0] === 'check' && r.code === 1)) wrong.push(`${argv[0]} ${c.name}: exit ${r.code} ${r.err.slice(0, 200)}`);
        else if (!c.accept && (r.code === 0 || !isClerkMessage(r.err))) wrong.push(`${argv[0]} ${c.name}: exit ${r.code} ${r.err.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(readdirSync(files).filter((f) => f.endsWith('.docx')).length).toBe(corpus.filter((c) => c.accept).length);
  }, 600_000);

  it('import: refuses crafted notices with a message, and never overwrites an existing draft without --force', async () => {
    const files = join(dir, 'cli-import');
    mkdirSync(files, { recursive: true });
    const inputs: [string, string | Buffer][] = [
      ['title-3000000.txt', `${'标'.repeat(3_000_000)}\n正文`],
      ['nul.txt', '关于巡察整改进展情况的通报\u0000\n一、整改情况\n正文。'],
      ['surrogate.txt', '关于巡察整改进展情况的通报\ud800\n正文。'],
      ['empty.txt', ''],
      ['binary.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])],
    ];
    for (const [name, content] of inputs) {
      writeFileSync(join(files, name), content);
      const r = await cli('import', join(files, name), '-o', join(files, `${name}.qicao.json`));
      expect(r.code, `${name}: ${r.err}`).not.toBe(70);
      expect(r.err).not.toMatch(/内部错误/);
    }
    const bomb = await cli('import', await zipBomb('docx'), '-o', join(files, 'bomb.qicao.json'));
    expect(bomb.code).toBe(1);
    expect(bomb.err).toMatch(/解压后过大/);

    const notice = join(files, 'notice.txt');
    writeFileSync(notice, '关于巡察整改进展情况的通报\n一、整改工作开展情况\n认真研究，制定整改方案。');
    const out = join(files, 'edited.qicao.json');
    writeFileSync(out, 'the clerk’s edited draft');
    const refused = await cli('import', notice, '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/已存在；如要覆盖请加 --force/);
    expect((await import('node:fs')).readFileSync(out, 'utf8')).toBe('the clerk’s edited draft');
    expect((await cli('import', notice, '-o', out, '--force')).code).toBe(0);
  }, 120_000);
});
