// Failed and total requests of one scope ("checkout requests", "POST requests", "requests to
// ledger-api", "calls under /api/orders") in a span of minutes, from per-route health buckets.
// A scope matches a route only when every part it gives matches; nothing is guessed wider.

import type { HealthBucket } from '../../types.js';
import { minuteOf } from './buckets.js';
import { OTHER_ROUTE } from './routes.js';

/** Which requests to count. Every part given must match; an empty scope matches every request. */
export interface RequestScope {
  /** A service or site name ("ledger-api"); a bare word also names services it starts ("checkout" → "checkout-api"). */
  service?: string;
  /** Words that must each name a segment of the route or a part of the service name ("checkout"). */
  pathWords?: string[];
  /** An HTTP method ("POST"). */
  method?: string;
  /** A path prefix the route must be at or under ("/api/orders", "/api/**"). */
  path?: string;
}

/** A route the scope matched, with its requests over the whole logs. */
export interface MatchedRoute {
  service: string;
  /** Method and route; both absent when the source gave no route breakdown and the service matched whole. */
  method?: string;
  route?: string;
  total: number;
}

/** What a scope measured in a span, and which routes it matched anywhere in the logs. */
export interface ScopedFailure {
  failed: number;
  total: number;
  /** Every route the scope matches in the logs, busiest first. */
  routes: MatchedRoute[];
}

interface Part {
  method?: string;
  route?: string;
  total: number;
  failed: number;
}

/** Requests matching `scope` in the minutes from `from` to `to` (inclusive); undefined when no request in the buckets matches. */
export function scopedFailure(buckets: readonly HealthBucket[], scope: RequestScope, from: string, to: string): ScopedFailure | undefined {
  const first = minuteOf(from);
  const last = minuteOf(to);
  const matches = scopeMatcher(scope);
  const routes = new Map<string, MatchedRoute>();
  let failed = 0;
  let total = 0;
  for (const bucket of buckets) {
    const minute = minuteOf(bucket.minute);
    const inSpan = minute !== undefined && first !== undefined && last !== undefined && minute >= first && minute <= last;
    const parts: Part[] = bucket.routes ?? [{ total: bucket.total, failed: bucket.failed }];
    for (const part of parts) {
      if (!matches(bucket.service, part.method, part.route)) continue;
      const key = `${bucket.service}\u0000${part.method ?? ''}\u0000${part.route ?? ''}`;
      const seen = routes.get(key) ?? { service: bucket.service, ...(part.route !== undefined ? { method: part.method, route: part.route } : {}), total: 0 };
      seen.total += part.total;
      routes.set(key, seen);
      if (inSpan) {
        failed += part.failed;
        total += part.total;
      }
    }
  }
  if (routes.size === 0) return undefined;
  return { failed, total, routes: [...routes.values()].sort((a, b) => b.total - a.total || label(a).localeCompare(label(b))) };
}

// A stable tie-break for routes with as many requests.
function label(r: MatchedRoute): string {
  return `${r.service} ${r.route ?? ''} ${r.method ?? ''}`;
}

function scopeMatcher(scope: RequestScope): (service: string, method: string | undefined, route: string | undefined) => boolean {
  const prefix = scope.path === undefined ? undefined : pathPrefix(scope.path);
  const method = scope.method?.toUpperCase();
  const words = (scope.pathWords ?? []).map((w) => w.toLowerCase());
  return (service, routeMethod, route) => {
    if (scope.service !== undefined && !sameService(scope.service, service)) return false;
    if (method !== undefined && routeMethod !== method) return false;
    const known = route !== undefined && route !== OTHER_ROUTE ? route : undefined;
    if (prefix !== undefined && (known === undefined || !isUnder(known.toLowerCase(), prefix))) return false;
    return words.every((word) => hasWord(service, word) || (known !== undefined && hasWord(known, word)));
  };
}

// A name with a hyphen or dot ("ledger-api") is compared whole; a bare one ("the checkout
// service") also names the services it is the first part of ("checkout-api", "checkout.example.com").
function sameService(named: string, service: string): boolean {
  const a = named.toLowerCase();
  const b = service.toLowerCase();
  return a === b || (/^[a-z0-9]+$/.test(a) && (b.startsWith(`${a}-`) || b.startsWith(`${a}.`)));
}

/** "/api/orders/**" → "/api/orders"; cut at the first id-like segment ("/orders/:id", "/orders/{id}", "/orders/123"). */
function pathPrefix(path: string): string {
  const kept: string[] = [];
  for (const segment of path.toLowerCase().split(/[?#]/)[0]!.split('/')) {
    if (segment === '' || segment === '*' || segment === '**') continue;
    if (/^(?::\w+|\{[^}]*\}|<[^>]*>|\d+)$/.test(segment)) break;
    kept.push(segment);
  }
  return `/${kept.join('/')}`;
}

function isUnder(route: string, prefix: string): boolean {
  return prefix === '/' || route === prefix || route.startsWith(`${prefix}/`);
}

// A word names a part of a name: a path segment or a piece of it ("order" in "/api/orders", "checkout" in "checkout-api").
function hasWord(name: string, word: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((token) => token === word || token === `${word}s` || word === `${token}s` || token === `${word}es` || word === `${token}es`);
}
