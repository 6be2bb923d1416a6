// The renderer's host-event dispatch table, without Electron or a DOM: which menu command calls which app action,
// and that 保存并关闭 reports a clean state only after the save succeeded.
import { describe, expect, it, vi } from 'vitest';
import { HOST_EVENT_NAMES, validateHostEvent } from '../../../core/common/api/host-events';
import { type HostActions, hostEventTable } from '../../../renderer/src/features/host-events/dispatch';

function fakeActions(saveAll: () => Promise<boolean> = async () => true) {
  const calls: unknown[][] = [];
  const rec = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
  const a: HostActions = {
    newDraft: rec('newDraft'),
    saveVersion: rec('saveVersion'),
    exportDocument: rec('exportDocument'),
    find: rec('find'),
    showPanel: rec('showPanel'),
    insert: rec('insert'),
    format: rec('format'),
    openFile: rec('openFile'),
    saveAll: () => {
      calls.push(['saveAll']);
      return saveAll();
    },
  };
  return { a, calls };
}

const CASES: [string, unknown, unknown[]][] = [
  ['menu.newDraft', {}, ['newDraft']],
  ['menu.saveVersion', {}, ['saveVersion']],
  ['menu.exportDocx', {}, ['exportDocument', 'docx']],
  ['menu.exportPdf', {}, ['exportDocument', 'pdf']],
  ['menu.exportDraftFile', {}, ['exportDocument', 'draft-file']],
  ['menu.find', {}, ['find', 'find']],
  ['menu.replace', {}, ['find', 'replace']],
  ['menu.view', { panel: 'checks' }, ['showPanel', 'checks']],
  ['menu.view', { panel: 'versions' }, ['showPanel', 'versions']],
  ['menu.insert', { item: 'problem' }, ['insert', 'problem']],
  ['menu.format', { item: 'profile' }, ['format', 'profile']],
  ['file.open', { path: '/tmp/a.txt', name: 'a.txt', kind: 'text', base64: 'YQ==' }, ['openFile', { name: 'a.txt', base64: 'YQ==', kind: 'text' }]],
];

describe('host event dispatch table', () => {
  it('has a handler for every host event the contract declares', () => {
    const { a } = fakeActions();
    const table = hostEventTable(a, () => undefined);
    expect(Object.keys(table).sort()).toEqual([...HOST_EVENT_NAMES].sort());
  });

  it.each(CASES)('%s %j calls the matching action', (name, payload, expected) => {
    const { a, calls } = fakeActions();
    const table = hostEventTable(a, () => undefined) as Record<string, (p: unknown) => void>;
    table[name]!(validateHostEvent(name as never, payload));
    expect(calls).toEqual([expected]);
  });

  it('app.saveBeforeClose saves, then reports dirty: false so the window may close', async () => {
    const { a, calls } = fakeActions();
    const report = vi.fn();
    hostEventTable(a, report)['app.saveBeforeClose']({});
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith('state.dirty', { dirty: false }));
    expect(calls).toEqual([['saveAll']]);
  });

  it('app.saveBeforeClose keeps the window open when the save fails', async () => {
    const { a } = fakeActions(async () => {
      throw new Error('磁盘空间不足');
    });
    const report = vi.fn();
    hostEventTable(a, report)['app.saveBeforeClose']({});
    await new Promise((r) => setTimeout(r, 20));
    expect(report).not.toHaveBeenCalled();
  });
});
