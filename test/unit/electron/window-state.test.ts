// The remembered window bounds: validated when read, clamped onto the displays that exist now.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DisplayInfo, WINDOW_STATE_FILE, clampToDisplays, fileWindowStateStore, parseWindowState } from '../../../electron/window-state';

const laptop: DisplayInfo = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const rightMonitor: DisplayInfo = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

describe('parseWindowState', () => {
  it('reads a valid state and rejects junk', () => {
    expect(parseWindowState('{"bounds":{"x":10,"y":20,"width":1200,"height":800},"maximized":true}')).toEqual({
      bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true,
    });
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":"10","y":0,"width":1,"height":1}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":-5,"height":100}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1e309,"y":0,"width":5,"height":100}}')).toBeNull();
    expect(parseWindowState('null')).toBeNull();
  });
});

describe('clampToDisplays', () => {
  it('keeps bounds that are fully on a display', () => {
    const s = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false };
    expect(clampToDisplays(s, [laptop, rightMonitor])).toEqual(s);
    const onSecond = { bounds: { x: 2200, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(clampToDisplays(onSecond, [laptop, rightMonitor])).toEqual(onSecond);
  });

  it('brings back a window left on a monitor that is gone (centred on the primary display)', () => {
    const s = { bounds: { x: 2200, y: 100, width: 1600, height: 1000 }, maximized: false };
    const r = clampToDisplays(s, [laptop]);
    expect(r.bounds).toEqual({ x: 0 + Math.round((1920 - 1400) / 2), y: Math.round((1040 - 900) / 2), width: 1400, height: 900 });
  });

  it('shrinks a window larger than its display and pulls a half-off window in', () => {
    const big = clampToDisplays({ bounds: { x: -50, y: -20, width: 3000, height: 2000 }, maximized: false }, [laptop]);
    expect(big.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    const half = clampToDisplays({ bounds: { x: 1500, y: 300, width: 1000, height: 700 }, maximized: false }, [laptop]);
    expect(half.bounds).toEqual({ x: 920, y: 300, width: 1000, height: 700 });
  });

  it('re-centres a window whose title bar is above every display', () => {
    const r = clampToDisplays({ bounds: { x: 100, y: -700, width: 1200, height: 800 }, maximized: false }, [laptop]);
    expect(r.bounds.y).toBeGreaterThanOrEqual(0);
    expect(r.bounds.width).toBe(1200);
  });

  it('opens at the default size without a saved state, even on a small screen', () => {
    const small: DisplayInfo = { workArea: { x: 0, y: 0, width: 1280, height: 680 } };
    expect(clampToDisplays(null, [small]).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 680 });
    expect(clampToDisplays(null, []).bounds).toEqual({ x: 0, y: 0, width: 1400, height: 900 });
  });
});

describe('fileWindowStateStore', () => {
  it('round-trips through a JSON file and survives a corrupt one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qicao-ws-'));
    const store = fileWindowStateStore(dir);
    expect(store.load()).toBeNull();
    store.save({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false });
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8')).bounds.width).toBe(1000);
    expect(store.load()).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false });
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"bounds":');
    expect(store.load()).toBeNull();
  });

  it('does not throw when the folder cannot be written', () => {
    const logs: string[] = [];
    const store = fileWindowStateStore('/nonexistent/qicao', (m) => logs.push(m));
    store.save({ bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: false });
    expect(logs).toHaveLength(1);
  });
});
