// Drag and drop of a notice onto the window: Chromium turns a dropped file into a navigation to file://; we cancel
// it (the window only ever shows app://) and open the file instead.
import { fileURLToPath } from 'node:url';
import { openFileKind } from '../core/common/api/host-events';

/** The local path a drop navigation points at, when it is a file the app opens; null otherwise. */
export function droppedFilePath(url: string, toPath: (u: string) => string = fileURLToPath): string | null {
  if (!url.startsWith('file:')) return null;
  let path: string;
  try {
    path = toPath(url);
  } catch {
    return null;
  }
  return openFileKind(path) ? path : null;
}
