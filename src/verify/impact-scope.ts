// impact with a scope: "about 30% of checkout requests failed", "130 requests to ledger-api
// failed". Measured on the requests of that scope in the outage windows, never on all of
// them; a scope the request logs cannot match is unsupported, not contradicted.

import type { Evidence } from '../evidence/evidence.js';
import type { MatchedRoute, RequestScope } from '../evidence/health/scoped-failure.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Claim, ClaimScope, OutageWindow, Quantity, Verdict } from '../types.js';
import type { VerifyContext } from './checker.js';
import { localTime } from './local-time.js';
import { quantityMatches, shareBounds, shareMatches, upperText } from './match.js';
import { contradicted, supported, unsupported } from './verdict.js';

/** Routes named in a reason before "…". */
const ROUTES_NAMED = 6;

/** Checks a scoped share or count (`measured`) against the requests of its scope during the outage windows. */
export function scopedImpact(claim: Claim, scope: ClaimScope, measured: Quantity, windows: OutageWindow[], ev: Evidence, ctx: VerifyContext): Verdict {
  const request = requestScope(scope);
  const spans = spansOf(windows);
  const found = spans.map((s) => ev.scopedFailure(request, s.start, s.end));
  const first = found[0];
  if (!first) {
    const seen = spans[0] ? (ev.scopedFailure({}, spans[0].start, spans[0].end)?.routes ?? []) : [];
    return unsupported(claim, `no requests in the logs match "${scope.text}" (routes seen: ${routeList(seen, false)})`);
  }
  const failed = found.reduce((n, f) => n + (f?.failed ?? 0), 0);
  const total = found.reduce((n, f) => n + (f?.total ?? 0), 0);
  const during = spans.map((s) => `${localTime(s.start, ctx.zone)}–${localTime(s.end, ctx.zone)}`).join(', ');
  const matched = `routes matched: ${routeList(first.routes, scope.method !== undefined)}`;
  const evidence = windows.map((w) => w.citation);
  if (total === 0) return unsupported(claim, `no requests matching "${scope.text}" were logged during the outage (${during}); ${matched}`, evidence);
  if (measured.unit === 'percent') {
    const [actual, upper] = shareBounds(failed, total, edgeUnfailed(spans, request, ev));
    const story = `request logs show ${actual.toFixed(1)}% of "${scope.text}" failing during the outage (${failed} of ${total}${upperText(actual, upper)}, ${during}; ${matched})`;
    return shareMatches(measured, actual, upper) ? supported(claim, story, evidence) : contradicted(claim, `${story}, not ${measured.text}`, evidence);
  }
  const story = `request logs show ${failed.toLocaleString('en-US')} failed "${scope.text}" during the outage (of ${total.toLocaleString('en-US')}, ${during}; ${matched})`;
  return quantityMatches(measured, failed) ? supported(claim, story, evidence) : contradicted(claim, `${story}, not ${measured.text}`, evidence);
}

/** Scoped requests that did not fail in each span's first and last minute (which may lie partly outside it). */
function edgeUnfailed(spans: Array<{ start: string; end: string }>, request: RequestScope, ev: Evidence): number {
  let n = 0;
  for (const s of spans) {
    const edges = minuteMs(s.start) === minuteMs(s.end) ? [s.start] : [s.start, s.end];
    for (const t of edges) {
      const at = ev.scopedFailure(request, t, t);
      if (at) n += at.total - at.failed;
    }
  }
  return n;
}

function requestScope(scope: ClaimScope): RequestScope {
  return {
    ...(scope.words.length > 0 ? { pathWords: scope.words } : {}),
    ...(scope.method ? { method: scope.method } : {}),
    ...(scope.service ? { service: scope.service } : {}),
    ...(scope.path ? { path: scope.path } : {}),
  };
}

// Windows of several services can overlap in time: count each minute once.
function spansOf(windows: readonly OutageWindow[]): Array<{ start: string; end: string }> {
  const sorted = [...windows].sort((a, b) => instantMs(a.start) - instantMs(b.start));
  const spans: Array<{ start: string; end: string }> = [];
  for (const w of sorted) {
    const last = spans[spans.length - 1];
    // Spans are counted by whole minutes: two that share a minute are one.
    if (last && minuteMs(w.start) <= minuteMs(last.end)) {
      if (instantMs(w.end) > instantMs(last.end)) last.end = w.end;
    } else {
      spans.push({ start: w.start, end: w.end });
    }
  }
  return spans;
}

function minuteMs(iso: string): number {
  return Math.floor(instantMs(iso) / 60_000);
}

/** "/api/orders, /api/auth, …", with methods ("POST /api/orders") when the scope names one; services named when there are several. */
function routeList(routes: readonly MatchedRoute[], withMethod: boolean): string {
  if (routes.length === 0) return 'none';
  const services = new Set(routes.map((r) => r.service));
  const named = (r: MatchedRoute) => {
    const route = r.route === undefined ? '' : withMethod ? `${r.method ?? ''} ${r.route}`.trim() : r.route;
    if (!route) return `${r.service} (no route breakdown)`;
    return services.size > 1 ? `${r.service} ${route}` : route;
  };
  const labels = [...new Set(routes.map(named))];
  const shown = labels.slice(0, ROUTES_NAMED).join(', ');
  return labels.length > ROUTES_NAMED ? `${shown}, … (${labels.length} in all)` : shown;
}
