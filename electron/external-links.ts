// Links that may leave the app: only to the system browser, and only to an explicit allow-list. The app itself
// never requests anything from a network (DESIGN.md §3.6); opening a page is the clerk's own click.
export interface AllowedLink {
  origin: string;
  /** The path must start with this. */
  pathPrefix: string;
}

/** The national standards public system's GB/T pages (the text of GB/T 9704 is published there). */
export const EXTERNAL_ALLOW_LIST: readonly AllowedLink[] = [{ origin: 'https://openstd.samr.gov.cn', pathPrefix: '/bzgk/gb/' }];

export function isAllowedExternal(url: string, allow: readonly AllowedLink[] = EXTERNAL_ALLOW_LIST): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return false;
  return allow.some((a) => u.origin === a.origin && u.pathname.startsWith(a.pathPrefix));
}
