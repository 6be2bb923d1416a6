// When the local recovery copy is written: within 50 ms of every change, in an idle moment so typing latency does
// not pay for it, and at most once per 30 ms, so a burst of keystrokes (or an IME committing a phrase) shares one
// copy — each copy serialises the whole draft into local storage.
export const COPY_WITHIN_MS = 50;
const COPY_GAP_MS = 30;

export class CopySchedule {
  private idle = 0;
  private timer: ReturnType<typeof setTimeout> | 0 = 0;
  private last = -Infinity;

  constructor(private readonly write: () => void) {}

  /** A copy is due (nothing happens if one is already scheduled). */
  request(): void {
    if (this.idle || this.timer) return;
    const wait = Math.max(0, this.last + COPY_GAP_MS - performance.now());
    const idle = (timeout: number): void => {
      this.idle = window.requestIdleCallback(() => this.now(), { timeout });
    };
    if (wait === 0) idle(COPY_WITHIN_MS);
    else {
      this.timer = setTimeout(() => {
        this.timer = 0;
        idle(COPY_WITHIN_MS - wait);
      }, wait);
    }
  }

  get pending(): boolean {
    return this.idle !== 0 || this.timer !== 0;
  }

  /** Write it now (hidden or closing page, a save acknowledged while typing). */
  now(): void {
    this.cancel();
    this.last = performance.now();
    this.write();
  }

  cancel(): void {
    if (this.idle) window.cancelIdleCallback(this.idle);
    if (this.timer) clearTimeout(this.timer);
    this.idle = 0;
    this.timer = 0;
  }
}
