/**
 * Addresses: each lab has its own, a hash route (#/studio, #/basins, #/train; #/labs is the
 * lab index), so back/forward and bookmarks work on a static server. The query after the route
 * carries the view flags (?student=1&presenter=1&lesson=basics.4, ./link/view-flags.ts) and share
 * links (?v=1&c=…&s=…). Older links had no route
 * (#v=1&…&s=…, #student=1); they still parse, with the lab read from the link's view.
 */
import { flagsQuery, type ViewFlags } from './link/view-flags';

export interface HashLocation {
  /** The route's lab id (or 'labs'), null when the hash has none. */
  route: string | null;
  query: URLSearchParams;
}

export function readHash(hash: string): HashLocation {
  const h = hash.replace(/^#/, '');
  const m = /^\/([^?]*)(?:\?(.*))?$/.exec(h);
  if (m)
    return {
      route: decodeURIComponent(m[1]).replace(/\/+$/, '') || null,
      query: new URLSearchParams(m[2] ?? ''),
    };
  return { route: null, query: new URLSearchParams(h) };
}

/** The hash for a route with the view flags given (share links add their own query). */
export function routeHash(
  route: string,
  opts: Partial<ViewFlags> & { query?: string } = {},
): string {
  const parts = [flagsQuery(opts), opts.query ?? ''].filter(Boolean);
  return `#/${route}${parts.length ? `?${parts.join('&')}` : ''}`;
}
