// The 最近打开 list: persisted in userData, newest first, without duplicates (case-insensitive on Windows), capped,
// and without files that no longer exist (a draft deleted or a USB stick unplugged).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { openFileKind } from '../core/common/api/host-events';
import { writeFileAtomic } from '../core/node/fs/atomic-write';

export const RECENT_LIMIT = 10;
export const RECENT_FILE = 'recent-files.json';

export interface RecentFile {
  path: string;
  name: string;
}

function sameKey(path: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? path.toLowerCase().replace(/\//g, '\\') : path;
}

/** Puts `path` first; pure, so the ordering rules are tested without a disk. */
export function addRecent(list: readonly string[], path: string, platform: NodeJS.Platform = process.platform, limit = RECENT_LIMIT): string[] {
  const key = sameKey(path, platform);
  return [path, ...list.filter((p) => sameKey(p, platform) !== key)].slice(0, limit);
}

/** Keeps what is still openable: a string, an extension the app opens, a file that exists. */
export function cleanRecent(raw: unknown, exists: (p: string) => boolean, platform: NodeJS.Platform = process.platform, limit = RECENT_LIMIT): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const p of raw) {
    if (typeof p !== 'string' || p.length > 4096 || !openFileKind(p) || !exists(p)) continue;
    if (out.some((q) => sameKey(q, platform) === sameKey(p, platform))) continue;
    out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}

export class RecentFiles {
  private list: string[];
  private readonly file: string;

  constructor(
    dir: string,
    private readonly io: { exists: (p: string) => boolean; read: (f: string) => string; write: (f: string, text: string) => void } = {
      exists: existsSync,
      read: (f) => readFileSync(f, 'utf8'),
      write: writeFileAtomic,
    },
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.file = join(dir, RECENT_FILE);
    let raw: unknown = [];
    try {
      raw = JSON.parse(this.io.read(this.file));
    } catch {
      raw = [];
    }
    this.list = cleanRecent(raw, this.io.exists, platform);
  }

  /** The list for the menu; re-checked so a file deleted since start disappears. */
  items(): RecentFile[] {
    this.list = this.list.filter((p) => this.io.exists(p));
    return this.list.map((path) => ({ path, name: basename(path.replace(/\\/g, '/')) }));
  }

  add(path: string): void {
    if (!openFileKind(path)) return;
    this.list = addRecent(this.list, path, this.platform);
    this.persist();
  }

  remove(path: string): void {
    this.list = this.list.filter((p) => sameKey(p, this.platform) !== sameKey(path, this.platform));
    this.persist();
  }

  clear(): void {
    this.list = [];
    this.persist();
  }

  private persist(): void {
    try {
      this.io.write(this.file, JSON.stringify(this.list));
    } catch {
      // The list is a convenience; losing it must never interrupt opening or saving a file.
    }
  }
}
