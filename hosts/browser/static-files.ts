// Serves the built renderer from one folder; no directory listing, no path escapes.
import { readFile } from 'node:fs/promises';
import { contentType, resolveInside } from '../../core/node/fs/static-files';

export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const full = resolveInside(root, urlPath);
  if (!full) return null;
  try {
    return { body: await readFile(full), type: contentType(full) };
  } catch {
    return null;
  }
}
