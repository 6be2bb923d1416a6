// Host events for the main window's renderer, held until it reports `app.ready` (it subscribes after React mounts,
// so a file double-clicked to start the app would otherwise be sent to nobody) and re-held across reloads.
import type { WebContents } from 'electron';
import type { HostEventName, HostEventPayload } from '../core/common/api/host-events';
import { sendHostEvent } from './host-bridge';

type Queued = { name: HostEventName; payload: unknown };

export class RendererLink {
  private ready = false;
  private queue: Queued[] = [];
  private contents: Pick<WebContents, 'send' | 'isDestroyed'> | null = null;

  attach(contents: Pick<WebContents, 'send' | 'isDestroyed'>): void {
    this.contents = contents;
    this.ready = false;
  }

  /** The page is loading again (reload, crash recovery): hold events until it is ready again. */
  loading(): void {
    this.ready = false;
  }

  markReady(): void {
    this.ready = true;
    const queued = this.queue;
    this.queue = [];
    for (const q of queued) this.send(q.name, q.payload as HostEventPayload<typeof q.name>);
  }

  get isReady(): boolean {
    return this.ready;
  }

  send<N extends HostEventName>(name: N, payload: HostEventPayload<N>): void {
    if (!this.ready || !this.contents || this.contents.isDestroyed()) {
      this.queue.push({ name, payload });
      return;
    }
    sendHostEvent(this.contents, name, payload);
  }
}
