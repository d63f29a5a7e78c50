// Per-minute request health from request logs, built in one pass over entries in any order.
// Only aggregates are kept: counts per (service, minute), 404 counts per path in that minute
// (bounded), and the earliest success per (service, path) (bounded), so a 1 GB export fits.

import type { HealthBucket } from '../../types.js';
import { compareInstants, epochMinute, minuteText, type Instant, type Timestamp } from '../timestamps.js';

/** Memory bounds; the defaults suit real traffic, tests lower them. */
export interface RequestHealthLimits {
  /** Distinct 404 paths remembered per (service, minute); the rarest are dropped beyond it. */
  maxNotFoundPathsPerMinute: number;
  /** Distinct succeeding paths remembered per service. */
  maxSucceededPathsPerService: number;
}

/** Bounds roomy for real traffic: a storm hits a few routes, a service has far fewer than 20,000. */
export const defaultRequestHealthLimits: RequestHealthLimits = {
  maxNotFoundPathsPerMinute: 100,
  maxSucceededPathsPerService: 20_000,
};

interface Span {
  first: Timestamp;
  last: Timestamp;
}

interface PathTally extends Span {
  count: number;
}

interface MinuteTally {
  service: string;
  minute: number;
  total: number;
  serverErrors: number;
  serverErrorSpan?: Span;
  notFound: Map<string, PathTally>;
}

/** Accumulates request log entries into HealthBuckets. */
export class RequestHealth {
  private readonly minutes = new Map<string, MinuteTally>();
  private readonly firstSuccess = new Map<string, Map<string, Instant>>();
  private droppedNotFound = 0;
  private untrackedSuccesses = 0;

  constructor(private readonly limits: RequestHealthLimits = defaultRequestHealthLimits) {}

  /** Counts one request: its service, normalised path, HTTP status and time. */
  add(rawService: string, rawPath: string, status: number, rawTime: Timestamp): void {
    // Strings parsed from a file can be slices of a whole read chunk; keeping one would
    // keep the chunk. Everything stored beyond this call is copied out first.
    const service = this.intern(rawService);
    const path = this.intern(rawPath);
    const tally = this.minuteTally(service, epochMinute(rawTime.instant));
    tally.total += 1;
    if (status >= 200 && status <= 399) {
      this.noteSuccess(service, path, rawTime.instant);
      return;
    }
    const time: Timestamp = { instant: rawTime.instant, text: detach(rawTime.text) };
    if (status >= 500 && status <= 599) {
      tally.serverErrors += 1;
      tally.serverErrorSpan = widen(tally.serverErrorSpan, time);
    } else if (status === 404) {
      this.countNotFound(tally, path, time);
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
    return { buckets, warnings };
  }

  // A 404 fails only on a path that had succeeded before its minute: a route that broke
  // (the rewrite-to-nowhere case), not a scanner probing for /wp-login.php.
  private bucketOf(tally: MinuteTally): HealthBucket {
    const minuteStart: Instant = { seconds: tally.minute * 60, nanos: 0 };
    const successes = this.firstSuccess.get(tally.service);
    let failed = tally.serverErrors;
    let span = tally.serverErrorSpan;
    for (const [path, paths] of tally.notFound) {
      const succeeded = successes?.get(path);
      if (succeeded && compareInstants(succeeded, minuteStart) < 0) {
        failed += paths.count;
        span = widen(widen(span, paths.first), paths.last);
      }
    }
    return {
      service: tally.service,
      minute: minuteText(tally.minute),
      total: tally.total,
      failed,
      ...(span ? { firstFailure: span.first.text, lastFailure: span.last.text } : {}),
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
      tally = { service, minute, total: 0, serverErrors: 0, notFound: new Map() };
      this.minutes.set(key, tally);
    }
    return tally;
  }

  // When a minute holds too many distinct 404 paths, the one seen least is dropped: a storm
  // on a few real routes has high counts per path, a scanner has one hit per path.
  private countNotFound(tally: MinuteTally, path: string, time: Timestamp): void {
    const known = tally.notFound.get(path);
    if (known) {
      known.count += 1;
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
    tally.notFound.set(path, { count: 1, first: time, last: time });
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

function widen(span: Span | undefined, time: Timestamp): Span {
  if (!span) return { first: time, last: time };
  return {
    first: compareInstants(time.instant, span.first.instant) < 0 ? time : span.first,
    last: compareInstants(time.instant, span.last.instant) > 0 ? time : span.last,
  };
}
