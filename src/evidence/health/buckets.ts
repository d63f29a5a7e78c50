// Lookups and merging over per-minute request health buckets, whatever source made them.

import type { HealthBucket, RouteHealth } from '../../types.js';
import { compareTimestamps, epochMinute, minuteText, parseTimestamp } from '../timestamps.js';

/** The epoch minute a bucket (or any RFC 3339 time) falls in; undefined when the text is not a timestamp. */
export function minuteOf(time: string): number | undefined {
  const parsed = parseTimestamp(time);
  return parsed ? epochMinute(parsed.instant) : undefined;
}

/** The bucket of `service` for the minute that holds `timeIso`, if there is one. */
export function healthAt(buckets: readonly HealthBucket[], service: string, timeIso: string): HealthBucket | undefined {
  const minute = minuteOf(timeIso);
  if (minute === undefined) return undefined;
  return buckets.find((bucket) => bucket.service === service && minuteOf(bucket.minute) === minute);
}

/**
 * Combines bucket lists (say, from several request-log files): buckets of the same service and
 * minute are summed (routes too), keeping the earliest first and latest last failure. Sorted by service, minute.
 */
export function mergeBuckets(a: readonly HealthBucket[], b: readonly HealthBucket[] = []): HealthBucket[] {
  const merged = new Map<string, { minute: number; bucket: HealthBucket }>();
  for (const bucket of [...a, ...b]) {
    const minute = minuteOf(bucket.minute);
    if (minute === undefined) continue;
    const key = `${bucket.service}\u0000${minute}`;
    const seen = merged.get(key);
    merged.set(key, { minute, bucket: seen ? addBuckets(seen.bucket, bucket) : { ...bucket, minute: minuteText(minute) } });
  }
  return [...merged.values()].sort((x, y) => compareText(x.bucket.service, y.bucket.service) || x.minute - y.minute).map((entry) => entry.bucket);
}

function addBuckets(x: HealthBucket, y: HealthBucket): HealthBucket {
  const firstFailure = pick(x.firstFailure, y.firstFailure, (c) => c < 0);
  const lastFailure = pick(x.lastFailure, y.lastFailure, (c) => c > 0);
  const routes = x.routes || y.routes ? addRoutes(x.routes ?? [], y.routes ?? []) : undefined;
  return {
    service: x.service,
    minute: x.minute,
    total: x.total + y.total,
    failed: x.failed + y.failed,
    ...(firstFailure ? { firstFailure } : {}),
    ...(lastFailure ? { lastFailure } : {}),
    ...(routes ? { routes } : {}),
  };
}

function addRoutes(x: readonly RouteHealth[], y: readonly RouteHealth[]): RouteHealth[] {
  const summed = new Map<string, RouteHealth>();
  for (const r of [...x, ...y]) {
    const key = `${r.method} ${r.route}`;
    const seen = summed.get(key);
    summed.set(key, seen ? { ...seen, total: seen.total + r.total, failed: seen.failed + r.failed } : { ...r });
  }
  return [...summed.values()].sort((a, b) => compareText(a.route, b.route) || compareText(a.method, b.method));
}

function pick(x: string | undefined, y: string | undefined, prefer: (comparison: number) => boolean): string | undefined {
  if (!x) return y;
  if (!y) return x;
  return prefer(compareTimestamps(y, x)) ? y : x;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
