// Where the packaged app keeps what is not in app.asar: the guide (extraResources) and the icon.
import { join } from 'node:path';

export interface ShellPaths {
  guide: string;
  icon: string;
}

/** Packaged: electron-builder copies build/guide to resources/guide; in development it is read from the repo. */
export function shellPaths(appRoot: string, packaged: boolean, resourcesPath: string): ShellPaths {
  return packaged
    ? { guide: join(resourcesPath, 'guide'), icon: join(resourcesPath, 'icons', '256x256.png') }
    : { guide: join(appRoot, 'build', 'guide'), icon: join(appRoot, 'build', 'icons', '256x256.png') };
}
