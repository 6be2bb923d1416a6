// Messages outside the API: the preload's manifest, host events validated before sending, renderer reports
// validated on arrival (a bad one is dropped, not a crash), and events held until the renderer is ready.
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../core/common/api/contract';
import { HOST_EVENT_CHANNEL, HOST_EVENT_NAMES, RENDERER_REPORT_CHANNEL, openFileKind, validateHostEvent } from '../../../core/common/api/host-events';
import { MANIFEST_CHANNEL, registerHostBridge, sendHostEvent } from '../../../electron/host-bridge';
import { RendererLink } from '../../../electron/renderer-link';
import { APP_ORIGIN } from '../../../electron/security';

const trusted = (sender: unknown = {}) => ({ senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null }, sender, returnValue: undefined as unknown });
const foreign = () => ({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: {}, returnValue: undefined as unknown });

function bridge() {
  const on = new Map<string, (e: unknown, m?: unknown) => void>();
  const handlers = { 'state.dirty': vi.fn(), 'app.ready': vi.fn() };
  const logs: string[] = [];
  registerHostBridge({ on: (name: string, h: never) => void on.set(name, h) } as never, handlers, (m) => logs.push(m));
  return { on, handlers, logs };
}

describe('host bridge', () => {
  it('gives the app frame the channel lists and a foreign frame nothing', () => {
    const { on } = bridge();
    const e = trusted();
    on.get(MANIFEST_CHANNEL)!(e);
    expect(e.returnValue).toEqual({ channels: CHANNEL_NAMES, events: HOST_EVENT_NAMES, reports: ['app.ready', 'state.dirty'] });
    const f = foreign();
    on.get(MANIFEST_CHANNEL)!(f);
    expect(f.returnValue).toEqual({ channels: [], events: [], reports: [] });
  });

  it('passes a valid dirty report with its sender', () => {
    const { on, handlers } = bridge();
    const sender = { id: 7 };
    on.get(RENDERER_REPORT_CHANNEL)!(trusted(sender), { name: 'state.dirty', payload: { dirty: true, title: '2025年通报' } });
    expect(handlers['state.dirty']).toHaveBeenCalledWith({ dirty: true, title: '2025年通报' }, sender);
  });

  it('drops bad reports with a log line instead of crashing', () => {
    const { on, handlers, logs } = bridge();
    const report = on.get(RENDERER_REPORT_CHANNEL)!;
    expect(() => report(trusted(), { name: 'state.dirty', payload: { dirty: 'yes' } })).not.toThrow();
    expect(() => report(trusted(), { name: 'fs.write', payload: {} })).not.toThrow();
    expect(() => report(trusted(), null)).not.toThrow();
    expect(() => report(trusted(), { name: 'state.dirty', payload: { dirty: true, title: 'x'.repeat(500) } })).not.toThrow();
    report(foreign(), { name: 'state.dirty', payload: { dirty: true } });
    expect(handlers['state.dirty']).not.toHaveBeenCalled();
    expect(logs).toHaveLength(5);
    expect(logs[0]).toMatch(/消息参数无效（state\.dirty · dirty）/);
  });

  it('validates host events before they leave main', () => {
    const sent: unknown[] = [];
    const contents = { send: (c: string, m: unknown) => sent.push([c, m]), isDestroyed: () => false };
    sendHostEvent(contents as never, 'menu.insert', { item: 'measure' });
    expect(sent).toEqual([[HOST_EVENT_CHANNEL, { name: 'menu.insert', payload: { item: 'measure' } }]]);
    expect(() => sendHostEvent(contents as never, 'menu.insert', { item: 'virus' } as never)).toThrow(/消息参数无效/);
    expect(() => validateHostEvent('file.open', { path: '/a.txt', name: 'a.txt', kind: 'text', base64: 42 })).toThrow();
    expect(() => validateHostEvent('file.open', { path: '/a.txt', name: 'a.txt', kind: 'exe', base64: '' })).toThrow();
  });

  it('holds events until the renderer is ready, and again while it reloads', () => {
    const sent: string[] = [];
    const link = new RendererLink();
    link.attach({ send: (_c: string, m: { name: string }) => sent.push(m.name), isDestroyed: () => false } as never);
    link.send('menu.newDraft', {});
    expect(sent).toEqual([]);
    link.markReady();
    expect(sent).toEqual(['menu.newDraft']);
    link.send('menu.find', {});
    link.loading();
    link.send('menu.replace', {});
    expect(sent).toEqual(['menu.newDraft', 'menu.find']);
    link.markReady();
    expect(sent).toEqual(['menu.newDraft', 'menu.find', 'menu.replace']);
  });

  it('knows the kinds of file the app opens', () => {
    expect(['a.QICAO.JSON', 'b.docx', 'c.txt', 'd.json', 'e.doc'].map(openFileKind)).toEqual(['draft', 'docx', 'text', null, null]);
  });
});
