// Bytes handed over by a page (a file input, a drop) as a private temp file, because readers and the library read
// paths. The temp name is short and fixed (the clerk's name may be longer than the file system allows) and only
// the extension is kept; messages name the clerk's file, never the temp path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

export async function withUploadedFile<T>(name: string, base64: string, fn: (path: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'qicao-upload-'));
  try {
    const ext = extname(name).toLowerCase();
    const path = join(dir, `upload${/^\.[a-z0-9]{1,10}$/.test(ext) ? ext : ''}`);
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return await fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
