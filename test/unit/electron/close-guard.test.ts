// The close prompt: only when something would be lost; save-then-close waits for the renderer's confirmation.
import { describe, expect, it, vi } from 'vitest';
import { CLOSE_PROMPT, CloseGuard, type CloseChoice, closeChoice } from '../../../electron/close-guard';

function setup(choice: CloseChoice) {
  const timers: (() => void)[] = [];
  const deps = {
    ask: vi.fn(async () => choice),
    requestSave: vi.fn(),
    close: vi.fn(),
    setTimer: (fn: () => void) => timers.push(fn),
    clearTimer: vi.fn(),
  };
  const guard = new CloseGuard(deps);
  const event = () => {
    const e = { prevented: false, preventDefault() { this.prevented = true; } };
    return e;
  };
  return { guard, deps, event, timers };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('CloseGuard', () => {
  it('lets a clean window close without asking', () => {
    const { guard, deps, event } = setup('cancel');
    const e = event();
    expect(guard.onClose(e)).toBe(false);
    expect(e.prevented).toBe(false);
    expect(deps.ask).not.toHaveBeenCalled();
  });

  it('asks when dirty; 取消 keeps the window open', async () => {
    const { guard, deps, event } = setup('cancel');
    guard.report(true);
    const e = event();
    expect(guard.onClose(e)).toBe(true);
    expect(e.prevented).toBe(true);
    await tick();
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('不保存 closes for real, and the second close event passes', async () => {
    const { guard, deps, event } = setup('discard');
    guard.report(true);
    guard.onClose(event());
    await tick();
    expect(deps.close).toHaveBeenCalledTimes(1);
    expect(guard.onClose(event())).toBe(false);
  });

  it('保存并关闭 asks the renderer to save and closes once it reports clean', async () => {
    const { guard, deps, event } = setup('save');
    guard.report(true);
    guard.onClose(event());
    await tick();
    expect(deps.requestSave).toHaveBeenCalled();
    expect(deps.close).not.toHaveBeenCalled();
    expect(guard.onClose(event())).toBe(true); // a second click while saving does not ask again
    expect(deps.ask).toHaveBeenCalledTimes(1);
    guard.report(false);
    expect(deps.close).toHaveBeenCalled();
  });

  it('stays open when the save is not confirmed in time', async () => {
    const { guard, deps, event, timers } = setup('save');
    guard.report(true);
    guard.onClose(event());
    await tick();
    timers[0]!();
    guard.report(true);
    expect(deps.close).not.toHaveBeenCalled();
    guard.onClose(event());
    expect(deps.ask).toHaveBeenCalledTimes(2);
  });

  it('maps the prompt buttons', () => {
    expect(CLOSE_PROMPT.buttons).toEqual(['保存并关闭', '不保存', '取消']);
    expect([0, 1, 2, -1].map(closeChoice)).toEqual(['save', 'discard', 'cancel', 'cancel']);
  });
});
