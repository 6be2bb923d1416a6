// Asks before closing only when something would be lost: the renderer reports `dirty` (edits not yet autosaved,
// an export running); a clean window closes without a question, as a clerk expects from an autosaving app.
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  ask(): Promise<CloseChoice>;
  /** Sends `app.saveBeforeClose` to the renderer. */
  requestSave(): void;
  /** Closes the window for real (the guard lets this one through). */
  close(): void;
  /** If the renderer does not confirm the save in time the window stays open (its error is on screen). */
  saveTimeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export class CloseGuard {
  private dirty = false;
  private asking = false;
  private closing = false;
  private saveTimer: unknown = null;

  constructor(private readonly deps: CloseGuardDeps) {}

  get isDirty(): boolean {
    return this.dirty;
  }

  /** From the renderer's `state.dirty` report. */
  report(dirty: boolean): void {
    this.dirty = dirty;
    if (!dirty && this.saveTimer !== null) {
      (this.deps.clearTimer ?? clearTimeout)(this.saveTimer as ReturnType<typeof setTimeout>);
      this.saveTimer = null;
      this.closeNow();
    }
  }

  /** The window's `close` event: returns true when it was prevented. */
  onClose(event: { preventDefault(): void }): boolean {
    if (this.closing || !this.dirty) return false;
    event.preventDefault();
    if (this.asking || this.saveTimer !== null) return true;
    this.asking = true;
    void this.deps.ask().then((choice) => {
      this.asking = false;
      if (choice === 'discard') this.closeNow();
      else if (choice === 'save') this.saveThenClose();
    });
    return true;
  }

  private saveThenClose(): void {
    const set = this.deps.setTimer ?? setTimeout;
    this.saveTimer = set(() => {
      this.saveTimer = null;
    }, this.deps.saveTimeoutMs ?? 10_000);
    this.deps.requestSave();
  }

  private closeNow(): void {
    this.closing = true;
    this.deps.close();
  }
}

/** The native prompt's wording and buttons (index → choice). */
export const CLOSE_PROMPT = {
  type: 'warning' as const,
  title: '起草',
  message: '文稿还有修改没有保存。',
  detail: '关闭前要保存吗？选择“不保存”将丢失最近的修改。',
  buttons: ['保存并关闭', '不保存', '取消'],
  defaultId: 0,
  cancelId: 2,
  noLink: true,
};

export function closeChoice(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
