// 最近打开: newest first, deduplicated, capped, missing files dropped, persisted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECENT_FILE, RECENT_LIMIT, RecentFiles, addRecent, cleanRecent } from '../../../electron/recent-files';

describe('recent files rules', () => {
  it('puts the newest first without duplicates, capped', () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = addRecent(list, `/d/${i}.txt`, 'linux');
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]).toBe('/d/14.txt');
    list = addRecent(list, '/d/10.txt', 'linux');
    expect(list.slice(0, 2)).toEqual(['/d/10.txt', '/d/14.txt']);
    expect(list.filter((p) => p === '/d/10.txt')).toHaveLength(1);
  });

  it('treats Windows paths case-insensitively', () => {
    const list = addRecent(['C:\\公文\\通报.DOCX'], 'c:/公文/通报.docx', 'win32');
    expect(list).toEqual(['c:/公文/通报.docx']);
    expect(addRecent(['/a/X.txt'], '/a/x.txt', 'linux')).toHaveLength(2);
  });

  it('drops junk, unsupported and missing entries when loading', () => {
    const exists = (p: string) => !p.includes('gone');
    expect(cleanRecent(['/a.txt', 42, '/gone.txt', '/b.exe', '/a.txt', '/c.qicao.json'], exists, 'linux')).toEqual(['/a.txt', '/c.qicao.json']);
    expect(cleanRecent({ not: 'a list' }, exists, 'linux')).toEqual([]);
  });
});

describe('RecentFiles on disk', () => {
  it('persists, and forgets a file deleted since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-recent-'));
    const a = join(dir, '甲.qicao.json');
    const b = join(dir, '乙.docx');
    writeFileSync(a, '{}');
    writeFileSync(b, 'x');
    const r = new RecentFiles(dir);
    r.add(a);
    r.add(b);
    r.add(join(dir, 'image.png'));
    expect(r.items().map((f) => f.name)).toEqual(['乙.docx', '甲.qicao.json']);
    expect(new RecentFiles(dir).items().map((f) => f.path)).toEqual([b, a]);
    rmSync(b);
    expect(new RecentFiles(dir).items().map((f) => f.path)).toEqual([a]);
    r.clear();
    expect(new RecentFiles(dir).items()).toEqual([]);
  });

  it('starts empty from a corrupt list and never throws on a failed write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-recent-'));
    writeFileSync(join(dir, RECENT_FILE), '[[[');
    expect(new RecentFiles(dir).items()).toEqual([]);
    const r = new RecentFiles(dir, { exists: () => true, read: () => '[]', write: () => { throw new Error('EROFS'); } }, 'linux');
    expect(() => r.add('/x.txt')).not.toThrow();
    expect(r.items()).toEqual([{ path: '/x.txt', name: 'x.txt' }]);
  });
});
