// The main window's size and position across starts: a small validated JSON in userData, clamped onto a display
// that exists now (a laptop undocked from its second monitor must not open the window off-screen).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/node/fs/atomic-write';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** What Electron's screen module tells us about a display; only the work area matters (no taskbar overlap). */
export interface DisplayInfo {
  workArea: Rect;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 };
export const MIN_SIZE = { width: 960, height: 600 };
/** How much of the title bar must be on a display for the clerk to grab it. */
const GRAB = 100;

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 100_000;

/** Parses the stored JSON; anything malformed is ignored (the window opens at the default size). */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const r = raw as { bounds?: Record<string, unknown>; maximized?: unknown } | null;
  const b = r?.bounds;
  if (!b || ![b.x, b.y, b.width, b.height].every(isInt)) return null;
  if ((b.width as number) <= 0 || (b.height as number) <= 0) return null;
  return {
    bounds: { x: Math.round(b.x as number), y: Math.round(b.y as number), width: Math.round(b.width as number), height: Math.round(b.height as number) },
    maximized: r?.maximized === true,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: area.x + Math.round((area.width - w) / 2), y: area.y + Math.round((area.height - h) / 2), width: w, height: h };
}

/**
 * The bounds to open with: the saved ones when their title bar is reachable on some display, shrunk to fit it;
 * otherwise the default size centred on the primary display (the first one).
 */
export function clampToDisplays(saved: WindowState | null, displays: readonly DisplayInfo[]): WindowState {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  const fallback = { bounds: centred(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: saved?.maximized ?? false };
  if (!saved) return fallback;
  const b = saved.bounds;
  // The display holding most of the window is the one it belongs to.
  let best: Rect | null = null;
  let bestArea = 0;
  for (const d of displays) {
    const a = overlap(b, d.workArea);
    if (a > bestArea) [best, bestArea] = [d.workArea, a];
  }
  if (!best) return fallback;
  const titleBar = { x: b.x, y: b.y, width: b.width, height: 30 };
  const grabbable = displays.some((d) => overlap(titleBar, d.workArea) >= Math.min(GRAB, b.width) * Math.min(30, b.height) * 0.5);
  if (!grabbable) return { bounds: centred(best, b.width, b.height), maximized: saved.maximized };
  const width = Math.max(Math.min(b.width, best.width), Math.min(MIN_SIZE.width, best.width));
  const height = Math.max(Math.min(b.height, best.height), Math.min(MIN_SIZE.height, best.height));
  const x = Math.min(Math.max(b.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(b.y, best.y), best.y + best.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export const WINDOW_STATE_FILE = 'window-state.json';

export interface WindowStateStore {
  load(): WindowState | null;
  save(state: WindowState): void;
}

/** Stores the state in `dir`; a failure to write is not worth bothering the clerk about (logged only). */
export function fileWindowStateStore(dir: string, log: (m: string) => void = console.warn): WindowStateStore {
  const file = join(dir, WINDOW_STATE_FILE);
  return {
    load() {
      try {
        return parseWindowState(readFileSync(file, 'utf8'));
      } catch {
        return null;
      }
    },
    save(state) {
      try {
        writeFileAtomic(file, JSON.stringify(state));
      } catch (e) {
        log(`window state not saved: ${(e as Error).message}`);
      }
    },
  };
}
