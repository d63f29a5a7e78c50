// Scoped impact claims ("about 30% of checkout requests failed") are measured on the requests
// of that scope in the outage windows, never on all requests; a scope the request logs cannot
// match is unsupported, never contradicted.

import { describe, expect, it } from 'vitest';
import type { ClaimScope, HealthBucket, Quantity, RouteHealth } from '../../src/types.js';
import { verifyClaim } from '../../src/verify/index.js';
import { claim, ctx, evidence, requestHealth, source } from './builders.js';

interface RouteTraffic {
  method: string;
  route: string;
  perMinute: number;
  /** Failed requests a minute during the outage. */
  failingPerMinute: number;
}

// portal-api, 16:30–17:29 UTC; outage 16:48–17:20 (33 minutes). Per outage minute:
// checkout 4/4 failing, orders 5/10, auth 0/6: 9 of 20 requests (45%) fail overall.
const ROUTES: RouteTraffic[] = [
  { method: 'GET', route: '/api/orders', perMinute: 10, failingPerMinute: 5 },
  { method: 'POST', route: '/api/checkout', perMinute: 4, failingPerMinute: 4 },
  { method: 'GET', route: '/api/auth', perMinute: 6, failingPerMinute: 0 },
];
const OUTAGE_MINUTES = 33;

/** Buckets with a route breakdown, as the request-log adapter makes them. */
function routedHealth(service: string, routes: RouteTraffic[]): HealthBucket[] {
  const start = Date.parse('2026-06-09T16:30:00Z');
  const [fs, fe] = [Date.parse('2026-06-09T16:48:00Z'), Date.parse('2026-06-09T17:20:00Z')];
  const buckets: HealthBucket[] = [];
  for (let i = 0; i < 60; i++) {
    const t = start + i * 60_000;
    const failing = t >= fs && t <= fe;
    const counts: RouteHealth[] = routes.map((r) => ({ method: r.method, route: r.route, total: r.perMinute, failed: failing ? r.failingPerMinute : 0 }));
    const failed = counts.reduce((n, r) => n + r.failed, 0);
    const bucket: HealthBucket = { service, minute: new Date(t).toISOString(), total: counts.reduce((n, r) => n + r.total, 0), failed, routes: counts };
    if (failed) Object.assign(bucket, { firstFailure: new Date(t + 10_000).toISOString(), lastFailure: new Date(t + 58_000).toISOString() });
    buckets.push(bucket);
  }
  return buckets;
}

const EV = evidence([source('cloud-logging', 'requests.ndjson', [], routedHealth('portal-api', ROUTES))]);

const percent = (value: number, text = `${value}%`, approximate = false): Quantity => ({ value, unit: 'percent', text, approximate });
const requests = (value: number, text: string, approximate = false): Quantity => ({ value, unit: 'requests', text, approximate });
const scoped = (scope: Partial<ClaimScope> & Pick<ClaimScope, 'text'>, quantity: Quantity, ev = EV) =>
  verifyClaim(claim({ kind: 'impact', predicate: 'failed', pattern: 'affected', quantities: [quantity], scope: { words: [], ...scope } }), ev, ctx());
const unscoped = (quantity: Quantity, ev = EV) =>
  verifyClaim(claim({ kind: 'impact', predicate: 'failed', pattern: 'affected', quantities: [quantity] }), ev, ctx());

describe('scoped shares', () => {
  it('a true scoped share is supported though the share of all requests differs', () => {
    const v = scoped({ words: ['checkout'], text: 'checkout requests' }, percent(100));
    expect(v.verdict).toBe('supported');
    expect(v.reason).toContain('100.0% of "checkout requests" failing during the outage (132 of 132');
    expect(v.reason).toContain('routes matched: /api/checkout)');
    expect(v.evidence.map((c) => c.ref)).toEqual(['portal-api outage window']);
    // The same share of all requests is 45%: the scope is what makes it true.
    expect(unscoped(percent(100)).verdict).toBe('contradicted');
  });

  it('a scoped share within its slack is supported: "about half of orders requests"', () => {
    expect(scoped({ words: ['order'], text: 'order requests' }, percent(50, 'about half', true)).verdict).toBe('supported');
  });

  it('a false scoped share is contradicted, naming the measured share and the routes', () => {
    const v = scoped({ method: 'POST', text: 'POST requests' }, percent(10));
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toBe(
      'request logs show 100.0% of "POST requests" failing during the outage (132 of 132, 09:48:10 PDT–10:20:58 PDT; routes matched: POST /api/checkout), not 10%',
    );
  });

  it('a false scoped share is contradicted even where the share of all requests would match it', () => {
    // 45% of all requests failed, but none of the auth requests did.
    expect(unscoped(percent(45)).verdict).toBe('supported');
    const v = scoped({ words: ['auth'], text: 'auth requests' }, percent(45));
    expect(v.verdict).toBe('contradicted');
    expect(v.reason).toContain('0.0% of "auth requests"');
  });

  it('a path scope counts the routes under it', () => {
    const v = scoped({ path: '/api/**', method: 'GET', text: 'GET requests under /api/**' }, percent(31.25, '31.25%'));
    expect(v.verdict).toBe('supported');
    expect(v.reason).toContain('routes matched: GET /api/orders, GET /api/auth');
  });
});

describe('scopes the logs cannot match', () => {
  it('an unmatched route word is unsupported, never contradicted, and names the routes seen', () => {
    const v = scoped({ words: ['search'], text: 'search requests' }, percent(30));
    expect(v.verdict).toBe('unsupported');
    expect(v.reason).toBe('no requests in the logs match "search requests" (routes seen: /api/orders, /api/auth, /api/checkout)');
  });

  it('an unknown service, method or path is unsupported', () => {
    expect(scoped({ service: 'ledger-api', text: 'requests to ledger-api' }, percent(12)).verdict).toBe('unsupported');
    expect(scoped({ method: 'DELETE', text: 'DELETE requests' }, percent(12)).verdict).toBe('unsupported');
    expect(scoped({ path: '/api/orders/export', text: 'calls under /api/orders/export' }, percent(12)).verdict).toBe('unsupported');
  });

  it('a scope matched only outside the outage is unsupported', () => {
    // reports-api served a request a minute from 16:30 to 16:34 only, before the outage.
    const reports = routedHealth('reports-api', [{ method: 'GET', route: '/api/reports', perMinute: 1, failingPerMinute: 0 }]).slice(0, 5);
    const ev = evidence([source('cloud-logging', 'requests.ndjson', [], [...routedHealth('portal-api', ROUTES), ...reports])]);
    const v = scoped({ words: ['reports'], text: 'reports requests' }, percent(50), ev);
    expect(v.verdict).toBe('unsupported');
    expect(v.reason).toContain('no requests matching "reports requests" were logged during the outage');
  });

  it('without a route breakdown, a service scope is still measured and a route word is unsupported', () => {
    const ev = evidence([
      source('cloud-logging', 'requests.json', [], requestHealth('portal-api', '2026-06-09T16:30:00Z', 60, ['2026-06-09T16:48:00Z', '2026-06-09T17:20:00Z'])),
    ]);
    expect(scoped({ service: 'portal-api', text: 'requests to portal-api' }, percent(100), ev).verdict).toBe('supported');
    const v = scoped({ words: ['checkout'], text: 'checkout requests' }, percent(100), ev);
    expect(v.verdict).toBe('unsupported');
    expect(v.reason).toContain('routes seen: portal-api (no route breakdown)');
  });
});

describe('scoped request counts', () => {
  it('a count is compared with the failed requests of its scope only', () => {
    const v = scoped({ words: ['checkout'], text: 'checkout requests' }, requests(130, 'about 130 checkout requests', true));
    expect(v.verdict).toBe('supported');
    expect(v.reason).toContain('132 failed "checkout requests" during the outage (of 132');
    // All failed requests number 297: unscoped, the same count is wrong.
    expect(unscoped(requests(130, 'about 130 requests', true)).verdict).toBe('contradicted');
  });

  it('a wrong scoped count is contradicted; an unmatched one unsupported', () => {
    expect(scoped({ words: ['orders'], text: 'orders requests' }, requests(297, '297 orders requests')).verdict).toBe('contradicted');
    expect(scoped({ service: 'ledger-api', text: 'requests to ledger-api' }, requests(297, '297 requests to ledger-api')).verdict).toBe('unsupported');
  });
});

describe('windows of several services', () => {
  it('counts each minute once when outage windows overlap', () => {
    // ledger-api fails all 10 requests a minute in the same minutes as portal-api: two windows, one span.
    const ev = evidence([
      source(
        'cloud-logging',
        'requests.ndjson',
        [],
        [...routedHealth('portal-api', ROUTES), ...routedHealth('ledger-api', [{ method: 'POST', route: '/v1/entries', perMinute: 10, failingPerMinute: 10 }])],
      ),
    ]);
    const v = scoped({ service: 'ledger-api', text: 'requests to ledger-api' }, requests(OUTAGE_MINUTES * 10, '330 requests to ledger-api'), ev);
    expect(v.verdict).toBe('supported');
    expect(v.evidence).toHaveLength(2);
  });
});
