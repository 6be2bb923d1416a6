// Types for requirements.mjs (a plain ESM module so scripts/dist.mjs runs on Node without a build step).
export interface Target {
  platform: 'win32' | 'linux';
  arch: 'x64' | 'arm64';
  formats: string[];
}
export interface Piece {
  id: string;
  ok: boolean;
  what: string;
  detail?: string;
  fix: string;
}
export interface FsView {
  exists(path: string): boolean;
  list(dir: string): string[];
  which(cmd: string): boolean;
}
export const TOOLSETS: Record<string, unknown>;
export const BINARIES_URL: string;
export function targetsFor(args: string[]): Target[];
export function electronCacheSubdir(version: string): string;
export function electronCacheRoots(env: Record<string, string | undefined>, home: string, hostPlatform: string): string[];
export function builderCacheRoot(env: Record<string, string | undefined>, home: string, hostPlatform: string): string;
export function checkRequirements(o: {
  targets: Target[];
  electronVersion: string;
  env: Record<string, string | undefined>;
  home: string;
  hostPlatform: string;
  hostArch: string;
  fs: FsView;
  betterSqliteVersion?: string;
}): { pieces: Piece[]; electronDist: string | null; builderCache: string };
export function formatReport(r: { pieces: Piece[] }): string;
