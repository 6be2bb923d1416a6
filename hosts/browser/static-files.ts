// Serves the built renderer from one folder; no directory listing, no path escapes, no source maps.
import { readFile } from 'node:fs/promises';
import { contentType, resolveInside } from '../../core/node/fs/static-files';

export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  // Source maps stay on the disk: anyone who can reach the port would otherwise read the whole source.
  const full = resolveInside(root, urlPath);
  if (!full || /\.map$/i.test(full)) return null;
  try {
    return { body: await readFile(full), type: contentType(full) };
  } catch {
    return null;
  }
}
