// Reading notice files: encodings, Word documents, and every kind of bad input with a clear Chinese message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importNoticeText } from '../../../core/common/import/index';
import { summarize } from '../../../core/common/summary';
import { NoticeReadError, readNoticeFile } from '../../../core/node/readers/index';
import { encodeGbk, encodeUtf16be } from './support/gbk';
import { describeShared, itShared } from '../../support/shared';
import { FIXTURES, expectedMismatches, readExpected, readNotice } from './support/fixtures';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qicao-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

async function readError(path: string): Promise<NoticeReadError> {
  const e = await readNoticeFile(path).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(NoticeReadError);
  return e as NoticeReadError;
}

const summaryOfText = (text: string): Record<string, unknown> => summarize(importNoticeText(text).draft) as unknown as Record<string, unknown>;

describeShared('encodings of the real notices', () => describe.each(FIXTURES)('encodings of %s', (name) => {
  const text = readNotice(name);
  const expected = readExpected(name);
  const cases: [string, string, Uint8Array][] = [
    ['utf-8', 'utf-8', Buffer.from(text, 'utf8')],
    ['utf-8 with BOM', 'utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['GBK', 'gb18030', encodeGbk(text)],
    ['UTF-16 LE with BOM', 'utf-16le', Buffer.from(`\ufeff${text}`, 'utf16le')],
    ['UTF-16 LE without BOM', 'utf-16le', Buffer.from(text, 'utf16le')],
    ['UTF-16 BE with BOM', 'utf-16be', encodeUtf16be(`\ufeff${text}`)],
    ['UTF-16 BE without BOM', 'utf-16be', encodeUtf16be(text)],
  ];
  it.each(cases)('reads %s', async (label, encoding, bytes) => {
    const read = await readNoticeFile(file(`${name}-${label.replace(/\W+/g, '-')}.txt`, bytes));
    expect(read.encoding).toBe(encoding);
    expect(expectedMismatches(summaryOfText(read.text), expected)).toEqual([]);
  });
}));

describe('GBK text of pure Chinese without any ASCII', () => {
  it('is not mistaken for UTF-16', async () => {
    const read = await readNoticeFile(file('pure.txt', encodeGbk('关于巡察整改进展情况的通报中共某某局党组')));
    expect(read).toEqual({ text: '关于巡察整改进展情况的通报中共某某局党组', encoding: 'gb18030' });
  });
});

describe('Word documents', () => {
  itShared('reads a real .docx, one paragraph a line', async () => {
    const lines = readNotice('putian-sfj-2025-notice').split('\n').map((l) => l.trim()).filter(Boolean);
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    const path = file('putian.docx', await Packer.toBuffer(doc));
    const read = await readNoticeFile(path);
    expect(read.encoding).toBe('docx');
    expect(read.text.split('\n').filter(Boolean)).toHaveLength(lines.length);
    expect(expectedMismatches(summaryOfText(read.text), readExpected('putian-sfj-2025-notice'))).toEqual([]);
  });

  it('reads a .docx saved without its extension', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('中共某某局党组关于巡察整改进展情况的通报')] }] });
    const read = await readNoticeFile(file('noext', await Packer.toBuffer(doc)));
    expect(read.text.trim()).toBe('中共某某局党组关于巡察整改进展情况的通报');
  });

  it('refuses a renamed binary', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]);
    const e = await readError(file('picture.docx', png));
    expect(e.code).toBe('bad-docx');
    expect(e.message).toContain('不是有效的 Word 文档');
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const e = await readError(file('archive.docx', await zip.generateAsync({ type: 'uint8array' })));
    expect(e.code).toBe('bad-docx');
    expect(e.message).toContain('已损坏');
  });

  it('points an old .doc to 另存为 .docx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const e = await readError(file('old.docx', ole));
    expect(e.code).toBe('old-doc');
    expect((await readError(file('old.doc', ole))).message).toContain('另存为');
  });
});

describe('bad input', () => {
  it('an empty file', async () => {
    const e = await readError(file('empty.txt', ''));
    expect(e.code).toBe('empty');
    expect(e.message).toContain('空文件');
    expect((await readError(file('blank.txt', ' \n\u3000\r\n'))).message).toContain('没有文字内容');
  });

  it('random bytes', async () => {
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = x >> 16;
    }
    const e = await readError(file('random.txt', bytes));
    expect(e.code).toBe('binary');
    expect(e.message).toContain('不是可识别的文本文件');
  });

  it('a missing file', async () => {
    const e = await readError(join(dir, 'nope.txt'));
    expect(e.code).toBe('missing');
    expect(e.message).toContain('找不到文件');
  });

  it('a folder', async () => {
    expect((await readError(dir)).message).toContain('文件夹');
  });

  it('a 20 MB text gives a clear message', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, Buffer.from('巡察整改，', 'utf8'));
    const path = file('big.txt', big);
    const e = await readError(path);
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('MB');
  });

  // How long it takes is a benchmark figure (npm run bench), not a timed test: this one asserts it completes.
  itShared('the largest accepted text imports to a draft', () => {
    const unit = readNotice('putian-sfj-2025-notice');
    const text = unit.repeat(Math.floor((4.5 * 1024 * 1024) / Buffer.byteLength(unit)));
    const { draft } = importNoticeText(text);
    expect(draft.body.length).toBeGreaterThan(0);
  });

  it('a megabyte line of one letter imports without hanging', () => {
    const t0 = Date.now();
    importNoticeText('a'.repeat(1_000_000));
    importNoticeText('中'.repeat(1_000_000));
    importNoticeText('，'.repeat(200_000) + '。'.repeat(200_000));
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('an unsupported format is named', async () => {
    expect((await readError(file('scan.pdf', '%PDF-1.7'))).code).toBe('unsupported');
  });
});
