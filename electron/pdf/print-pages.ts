// Print-view pages held in memory and served under app://qicao/__print/<id>.html for as long as a PDF is being
// made: no temporary file on disk, no data: URL size limit, and the same CSP as every app page.
import { randomUUID } from 'node:crypto';
import { APP_ORIGIN, CSP } from '../security';

const PREFIX = '/__print/';

export class PrintPages {
  private readonly pages = new Map<string, string>();

  register(html: string): string {
    const id = randomUUID();
    this.pages.set(id, html);
    return `${APP_ORIGIN}${PREFIX}${id}.html`;
  }

  release(url: string): void {
    const id = this.idOf(url);
    if (id) this.pages.delete(id);
  }

  get size(): number {
    return this.pages.size;
  }

  /** The page for a registered URL; null for any other URL, so the protocol handler serves files as usual. */
  response(url: string): Response | null {
    const id = this.idOf(url);
    const html = id ? this.pages.get(id) : undefined;
    if (html === undefined) return null;
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP } });
  }

  private idOf(url: string): string | null {
    let pathname: string;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return null;
    }
    const m = /^\/__print\/([0-9a-f-]{36})\.html$/.exec(pathname);
    return m ? m[1]! : null;
  }
}
