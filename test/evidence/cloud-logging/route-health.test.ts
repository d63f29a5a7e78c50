// Per-route request health from real request-log entries: routes are the first one or two
// path segments with ids collapsed, plus the method; "failed" per route is the bucket's
// definition; routes are bounded per service; and the Evidence answers scoped queries.

import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.js';
import { cloudLoggingAdapter, readCloudLoggingExport } from '../../../src/evidence/cloud-logging/adapter.js';
import { Evidence } from '../../../src/evidence/evidence.js';
import type { HealthBucket } from '../../../src/types.js';
import { hostingRequest, recordsOf, runRequest, shuffled } from './entries.js';
import { STORM_END, STORM_START, stormEntries } from './storm.js';

const read = (entries: unknown[]) => cloudLoggingAdapter.read('requests.ndjson', recordsOf(entries));

/** A Cloud Run request entry with another HTTP method. */
function withMethod(entry: Record<string, unknown>, method: string): Record<string, unknown> {
  return { ...entry, httpRequest: { ...(entry.httpRequest as Record<string, unknown>), requestMethod: method } };
}

describe('route breakdown of request health', () => {
  it('keys routes by method and the first two path segments, ids collapsed and queries dropped', async () => {
    const { health } = await read([
      runRequest('2026-06-09T16:00:01Z', 200, '/api/orders/123'),
      runRequest('2026-06-09T16:00:02Z', 200, '/api/orders?page=2'),
      runRequest('2026-06-09T16:00:03Z', 200, '/api/users/5b0c6f5e-0d6e-4e0b-9a43-1f2f0e4c8b90/profile'),
      withMethod(runRequest('2026-06-09T16:00:04Z', 201, '/api/orders'), 'POST'),
      withMethod(runRequest('2026-06-09T16:00:05Z', 200, '/'), 'BREW'),
    ]);
    expect(health[0]?.routes).toEqual([
      { method: 'OTHER', route: '/', total: 1, failed: 0 },
      { method: 'GET', route: '/api/orders', total: 2, failed: 0 },
      { method: 'POST', route: '/api/orders', total: 1, failed: 0 },
      { method: 'GET', route: '/api/users', total: 1, failed: 0 },
    ]);
  });

  it('fails a route on 5xx and on 404s of paths that succeeded before, not on scanner 404s', async () => {
    const { health } = await read([
      runRequest('2026-06-09T16:00:00Z', 200, '/api/orders/1'),
      runRequest('2026-06-09T16:01:00Z', 404, '/api/orders/2'),
      withMethod(runRequest('2026-06-09T16:01:01Z', 404, '/api/orders/3'), 'DELETE'),
      runRequest('2026-06-09T16:01:02Z', 404, '/wp-login.php'),
      withMethod(runRequest('2026-06-09T16:01:03Z', 503, '/api/checkout'), 'POST'),
      runRequest('2026-06-09T16:01:04Z', 200, '/api/checkout'),
    ]);
    expect(health[1]).toMatchObject({ total: 5, failed: 3 });
    expect(health[1]?.routes).toEqual([
      { method: 'GET', route: '/api/checkout', total: 1, failed: 0 },
      { method: 'POST', route: '/api/checkout', total: 1, failed: 1 },
      { method: 'DELETE', route: '/api/orders', total: 1, failed: 1 },
      { method: 'GET', route: '/api/orders', total: 1, failed: 1 },
      { method: 'GET', route: '/wp-login.php', total: 1, failed: 0 },
    ]);
  });

  it('adds up to the bucket in every minute of the Firebase storm, in any input order', async () => {
    const entries = stormEntries();
    const { health } = await read(shuffled(entries));
    const sums = (b: HealthBucket) => ({ total: b.total, failed: b.failed });
    const fromRoutes = (b: HealthBucket) => ({ total: b.routes!.reduce((n, r) => n + r.total, 0), failed: b.routes!.reduce((n, r) => n + r.failed, 0) });
    expect(health.map(fromRoutes)).toEqual(health.map(sums));
    expect((await read(entries)).health).toEqual(health);
  });

  it('pools routes beyond the bound per service as "other", keeping the method, with a warning', async () => {
    const entries = ['/a', '/b', '/c', '/d'].map((p) => runRequest('2026-06-09T16:00:00Z', 200, p));
    entries.push(withMethod(runRequest('2026-06-09T16:00:01Z', 503, '/e'), 'POST'));
    entries.push(runRequest('2026-06-09T16:00:02Z', 200, '/a', 'ledger-api'));
    const limits = { maxNotFoundPathsPerMinute: 10, maxSucceededPathsPerService: 100, maxRoutesPerService: 2 };
    const { health, report } = await readCloudLoggingExport('requests.json', recordsOf(entries), limits);
    expect(health.find((b) => b.service === 'portal-api')?.routes).toEqual([
      { method: 'GET', route: '/a', total: 1, failed: 0 },
      { method: 'GET', route: '/b', total: 1, failed: 0 },
      { method: 'GET', route: 'other', total: 2, failed: 0 },
      { method: 'POST', route: 'other', total: 1, failed: 1 },
    ]);
    expect(health.find((b) => b.service === 'ledger-api')?.routes).toEqual([{ method: 'GET', route: '/a', total: 1, failed: 0 }]);
    expect(report.warnings).toContain(
      '3 requests were on routes beyond the first 2 distinct routes of their service; they are counted under the route "other", which no path or route word matches',
    );
  });
});

describe('scoped failure from the request logs', () => {
  it('counts the matching routes in the outage window, and names them', async () => {
    const entries = stormEntries();
    const ev = new Evidence([await read(entries)], [], defaultConfig().outage);
    const [window] = ev.outageWindows();
    expect(window).toMatchObject({ start: STORM_START, end: STORM_END });
    const orders = ev.scopedFailure({ pathWords: ['orders'] }, STORM_START, STORM_END);
    // Counted straight from the entries: requests on /api/orders… in the window's minutes.
    const inWindow = entries.filter((e) => {
      const minute = (e.timestamp as string).slice(0, 16);
      return (
        minute >= STORM_START.slice(0, 16) && minute <= STORM_END.slice(0, 16) && (e.httpRequest as { requestUrl: string }).requestUrl.includes('/api/orders')
      );
    });
    const failed = inWindow.filter((e) => (e.httpRequest as { status: number }).status === 404).length;
    expect(orders).toMatchObject({ total: inWindow.length, failed, routes: [{ service: 'portal.example.com', method: 'GET', route: '/api/orders' }] });
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(window!.failed);
  });

  it('gives undefined for a scope nothing in the logs matches, and every route for the empty scope', async () => {
    const ev = new Evidence([await read(stormEntries())], [], defaultConfig().outage);
    expect(ev.scopedFailure({ pathWords: ['checkout'] }, STORM_START, STORM_END)).toBeUndefined();
    expect(ev.scopedFailure({ method: 'POST' }, STORM_START, STORM_END)).toBeUndefined();
    expect(ev.scopedFailure({ service: 'ledger-api' }, STORM_START, STORM_END)).toBeUndefined();
    const all = ev.scopedFailure({}, STORM_START, STORM_END);
    expect(all?.routes.map((r) => r.route)).toEqual(expect.arrayContaining(['/api/orders', '/api/session', '/dashboard', '/']));
    expect(all).toMatchObject({ failed: ev.outageWindows()[0]!.failed, total: ev.outageWindows()[0]!.total });
  });

  it('reads Hosting entries with a path scope: "/api/**" is every route under /api', async () => {
    const entries = [hostingRequest('2026-06-09T16:00:00Z', 200, '/api/session'), hostingRequest('2026-06-09T16:00:01Z', 200, '/dashboard')];
    const ev = new Evidence([await read(entries)], [], defaultConfig().outage);
    const api = ev.scopedFailure({ path: '/api/**' }, '2026-06-09T16:00:00Z', '2026-06-09T16:00:59Z');
    expect(api).toMatchObject({ total: 1, failed: 0, routes: [{ route: '/api/session', total: 1 }] });
  });
});
