// Serves the built renderer under app://qicao/ (not file://, so the origin is fixed and CSP applies).
import { readFile } from 'node:fs/promises';
import { contentType, resolveInside } from '../core/node/fs/static-files';
import type { PrintPages } from './pdf/print-pages';
import { CSP } from './security';



/** Resolves an app:// URL to a file inside `root`; null for anything outside it. */
export function resolveAppFile(root: string, url: string): string | null {
  return resolveInside(root, new URL(url).pathname);
}

export async function appProtocolResponse(root: string, url: string): Promise<Response> {
  const file = resolveAppFile(root, url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    // The CSP travels with every page, whether or not the session's header hook sees custom-protocol responses.
    return new Response(body, { headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CSP } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export interface AppRoots {
  renderer: string;
  /** The 使用说明 pages, served under app://qicao/guide/. */
  guide: string;
}

export const GUIDE_PREFIX = '/guide/';

/** Everything app:// serves: print-view pages being printed, the guide, and the built renderer. */
export async function routeAppRequest(roots: AppRoots, url: string, printPages?: PrintPages): Promise<Response> {
  const printed = printPages?.response(url);
  if (printed) return printed;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return new Response('Not found', { status: 404 });
  }
  if (pathname.startsWith(GUIDE_PREFIX)) {
    const u = new URL(url);
    u.pathname = pathname.slice(GUIDE_PREFIX.length - 1);
    return appProtocolResponse(roots.guide, u.toString());
  }
  return appProtocolResponse(roots.renderer, url);
}
