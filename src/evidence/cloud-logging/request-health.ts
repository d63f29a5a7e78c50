// Per-minute request health from request logs, built in one pass over entries in any order.
// Only aggregates are kept: counts per (service, minute) and per route in that minute (routes
// bounded per service), 404 counts per path in that minute (bounded), and the earliest success
// per (service, path) (bounded), so a 1 GB export fits.

import type { HealthBucket, RouteHealth } from '../../types.js';
import { httpMethod, routeOf } from '../health/routes.js';
import { compareInstants, epochMinute, minuteText, type Instant, type Timestamp } from '../timestamps.js';
import { RouteKeys, type RouteKey } from './route-keys.js';

/** Memory bounds; the defaults suit real traffic, tests lower them. */
export interface RequestHealthLimits {
  /** Distinct 404 paths remembered per (service, minute); the rarest are dropped beyond it. */
  maxNotFoundPathsPerMinute: number;
  /** Distinct succeeding paths remembered per service. */
  maxSucceededPathsPerService: number;
  /** Distinct (method, route) keys counted per service; later ones are pooled as "other". Default 200. */
  maxRoutesPerService?: number;
}

/** Bounds roomy for real traffic: a storm hits a few routes, a service has far fewer than 20,000. */
export const defaultRequestHealthLimits: RequestHealthLimits = {
  maxNotFoundPathsPerMinute: 100,
  maxSucceededPathsPerService: 20_000,
  maxRoutesPerService: 200,
};

interface Span {
  first: Timestamp;
  last: Timestamp;
}

interface PathTally extends Span {
  count: number;
  /** The same 404s by the route tally they were counted in (one per method seen). */
  byRoute: Map<RouteTally, number>;
}

interface RouteTally {
  key: RouteKey;
  total: number;
  serverErrors: number;
}

interface MinuteTally {
  service: string;
  minute: number;
  total: number;
  serverErrors: number;
  serverErrorSpan?: Span;
  notFound: Map<string, PathTally>;
  routes: Map<RouteKey, RouteTally>;
}

/** Accumulates request log entries into HealthBuckets. */
export class RequestHealth {
  private readonly minutes = new Map<string, MinuteTally>();
  private readonly firstSuccess = new Map<string, Map<string, Instant>>();
  private droppedNotFound = 0;
  private untrackedSuccesses = 0;
  private readonly routeKeys: RouteKeys;

  constructor(private readonly limits: RequestHealthLimits = defaultRequestHealthLimits) {
    this.routeKeys = new RouteKeys(limits.maxRoutesPerService ?? 200);
  }

  /** Counts one request: its service, normalised path, HTTP status, time and HTTP method. */
  add(rawService: string, rawPath: string, status: number, rawTime: Timestamp, rawMethod?: string | null): void {
    // Strings parsed from a file can be slices of a whole read chunk; keeping one would
    // keep the chunk. Everything stored beyond this call is copied out first.
    const service = this.intern(rawService);
    const path = this.intern(rawPath);
    const tally = this.minuteTally(service, epochMinute(rawTime.instant));
    const route = this.routeTally(tally, this.routeKeys.keyOf(service, httpMethod(rawMethod), this.intern(routeOf(path))));
    tally.total += 1;
    route.total += 1;
    if (status >= 200 && status <= 399) {
      this.noteSuccess(service, path, rawTime.instant);
      return;
    }
    const time: Timestamp = { instant: rawTime.instant, text: detach(rawTime.text) };
    if (status >= 500 && status <= 599) {
      tally.serverErrors += 1;
      route.serverErrors += 1;
      tally.serverErrorSpan = widen(tally.serverErrorSpan, time);
    } else if (status === 404) {
      this.countNotFound(tally, route, path, time);
    }
  }

  /** The buckets, sorted by service then minute, and warnings about what the memory bounds dropped. */
  finish(): { buckets: HealthBucket[]; warnings: string[] } {
    const buckets = [...this.minutes.values()]
      .sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : a.minute - b.minute))
      .map((tally) => this.bucketOf(tally));
    const warnings: string[] = [];
    if (this.droppedNotFound > 0) {
      warnings.push(
        `${this.droppedNotFound} 404 responses were on more than ${this.limits.maxNotFoundPathsPerMinute} distinct paths in one minute; the rarest paths were not judged and count as non-failing`,
      );
    }
    if (this.untrackedSuccesses > 0) {
      warnings.push(
        `${this.untrackedSuccesses} successful responses were on paths beyond the first ${this.limits.maxSucceededPathsPerService} distinct paths of their service; 404s on those paths count as non-failing`,
      );
    }
    if (this.routeKeys.pooledRequests > 0) {
      warnings.push(
        `${this.routeKeys.pooledRequests} requests were on routes beyond the first ${this.routeKeys.limit} distinct routes of their service; they are counted under the route "other", which no path or route word matches`,
      );
    }
    return { buckets, warnings };
  }

  // A 404 fails only on a path that had succeeded before its minute: a route that broke
  // (the rewrite-to-nowhere case), not a scanner probing for /wp-login.php.
  private bucketOf(tally: MinuteTally): HealthBucket {
    const minuteStart: Instant = { seconds: tally.minute * 60, nanos: 0 };
    const successes = this.firstSuccess.get(tally.service);
    let failed = tally.serverErrors;
    let span = tally.serverErrorSpan;
    const routeFailed = new Map<RouteTally, number>();
    for (const [path, paths] of tally.notFound) {
      const succeeded = successes?.get(path);
      if (succeeded && compareInstants(succeeded, minuteStart) < 0) {
        failed += paths.count;
        span = widen(widen(span, paths.first), paths.last);
        for (const [route, count] of paths.byRoute) routeFailed.set(route, (routeFailed.get(route) ?? 0) + count);
      }
    }
    const routes = [...tally.routes.values()]
      .map((r): RouteHealth => ({ method: r.key.method, route: r.key.route, total: r.total, failed: r.serverErrors + (routeFailed.get(r) ?? 0) }))
      .sort((a, b) => compareText(a.route, b.route) || compareText(a.method, b.method));
    return {
      service: tally.service,
      minute: minuteText(tally.minute),
      total: tally.total,
      failed,
      ...(span ? { firstFailure: span.first.text, lastFailure: span.last.text } : {}),
      routes,
    };
  }

  private readonly strings = new Map<string, string>();

  private intern(s: string): string {
    let kept = this.strings.get(s);
    if (kept === undefined) {
      kept = detach(s);
      this.strings.set(kept, kept);
    }
    return kept;
  }

  private minuteTally(service: string, minute: number): MinuteTally {
    const key = `${service}\u0000${minute}`;
    let tally = this.minutes.get(key);
    if (!tally) {
      tally = { service, minute, total: 0, serverErrors: 0, notFound: new Map(), routes: new Map() };
      this.minutes.set(key, tally);
    }
    return tally;
  }

  private routeTally(tally: MinuteTally, key: RouteKey): RouteTally {
    let route = tally.routes.get(key);
    if (!route) {
      route = { key, total: 0, serverErrors: 0 };
      tally.routes.set(key, route);
    }
    return route;
  }

  // When a minute holds too many distinct 404 paths, the one seen least is dropped: a storm
  // on a few real routes has high counts per path, a scanner has one hit per path.
  private countNotFound(tally: MinuteTally, route: RouteTally, path: string, time: Timestamp): void {
    const known = tally.notFound.get(path);
    if (known) {
      known.count += 1;
      known.byRoute.set(route, (known.byRoute.get(route) ?? 0) + 1);
      Object.assign(known, widen(known, time));
      return;
    }
    if (tally.notFound.size >= this.limits.maxNotFoundPathsPerMinute) {
      let rarest: [string, PathTally] | undefined;
      for (const candidate of tally.notFound) if (!rarest || candidate[1].count < rarest[1].count) rarest = candidate;
      if (rarest) {
        tally.notFound.delete(rarest[0]);
        this.droppedNotFound += rarest[1].count;
      }
    }
    tally.notFound.set(path, { count: 1, first: time, last: time, byRoute: new Map([[route, 1]]) });
  }

  private noteSuccess(service: string, path: string, instant: Instant): void {
    let paths = this.firstSuccess.get(service);
    if (!paths) {
      paths = new Map();
      this.firstSuccess.set(service, paths);
    }
    const earliest = paths.get(path);
    if (earliest) {
      if (compareInstants(instant, earliest) < 0) paths.set(path, instant);
    } else if (paths.size < this.limits.maxSucceededPathsPerService) {
      paths.set(path, instant);
    } else {
      this.untrackedSuccesses += 1;
    }
  }
}

/** A copy of `s` that shares no memory with the string it came from. */
function detach(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function widen(span: Span | undefined, time: Timestamp): Span {
  if (!span) return { first: time, last: time };
  return {
    first: compareInstants(time.instant, span.first.instant) < 0 ? time : span.first,
    last: compareInstants(time.instant, span.last.instant) > 0 ? time : span.last,
  };
}
