// Route keys for per-route request health: a request's method and the first one or two
// segments of its path, so "/api/orders/123" and "/api/orders?page=2" count as one route.

/** Methods kept as written; anything else (or nothing) is "OTHER", so a scanner cannot grow the keys. */
const METHODS = new Map(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE'].map((m) => [m, m]));

/** The route pooled for requests beyond the memory bound. */
export const OTHER_ROUTE = 'other';

/** The HTTP method as a route key part: upper-case, or "OTHER" when missing or unusual. */
export function httpMethod(raw: string | null | undefined): string {
  // The returned string is the table's own, never a slice of the input.
  return METHODS.get((raw ?? '').toUpperCase()) ?? 'OTHER';
}

/** The route of a path whose ids are already collapsed to ":id": its first two segments, trailing ids dropped. */
export function routeOf(normalisedPath: string): string {
  const segments = normalisedPath
    .split('/')
    .filter((s) => s !== '')
    .slice(0, 2);
  while (segments.length > 0 && segments[segments.length - 1] === ':id') segments.pop();
  return `/${segments.join('/')}`;
}
