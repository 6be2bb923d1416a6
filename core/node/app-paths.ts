// Where the app's own files (templates, built renderer) live, found from a bundle's location.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Walks up from `fromDir` to the folder holding the app's package.json (the repo, or the packaged app root). */
export function findAppRoot(fromDir: string): string {
  let dir = resolve(fromDir);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`找不到起草的程序文件夹（从 ${fromDir} 向上查找 templates/ 失败）。`);
    dir = up;
  }
}

export interface AppPaths {
  root: string;
  templates: string;
  renderer: string;
}

export function appPaths(root: string): AppPaths {
  return { root, templates: join(root, 'templates'), renderer: join(root, 'dist', 'renderer') };
}
