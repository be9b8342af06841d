/**
 * Addresses: each lab has its own, a hash route (#/studio, #/basins, #/train; #/labs is the
 * lab index), so back/forward and bookmarks work on a static server. The query after the route
 * carries flags (?student=1) and share links (?v=1&c=…&s=…). Older links had no route
 * (#v=1&…&s=…, #student=1); they still parse, with the lab read from the link's view.
 */

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

/** The hash for a route, keeping the student flag (share links add their own query). */
export function routeHash(route: string, opts: { student?: boolean; query?: string } = {}): string {
  const parts = [opts.student ? 'student=1' : '', opts.query ?? ''].filter(Boolean);
  return `#/${route}${parts.length ? `?${parts.join('&')}` : ''}`;
}
