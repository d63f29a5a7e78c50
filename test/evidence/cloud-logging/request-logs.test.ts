import { describe, expect, it } from 'vitest';
import { cloudLoggingAdapter, readCloudLoggingExport } from '../../../src/evidence/cloud-logging/adapter.js';
import { InputError } from '../../../src/errors.js';
import { hostingRequest, recordsOf, runRequest, shuffled } from './entries.js';
import { RARE_500, STORM_END, STORM_START, stormEntries } from './storm.js';

const read = (entries: unknown[], file = 'logs/requests.ndjson') => cloudLoggingAdapter.read(file, recordsOf(entries));

describe('cloud logging request logs → health buckets', () => {
  it('counts 404s on /api paths that served 200 before as failures, with exact first/last failure', async () => {
    const { health, events } = await read(stormEntries());
    expect(events).toEqual([]);
    expect(new Set(health.map((b) => b.service))).toEqual(new Set(['portal.example.com']));
    expect(health).toHaveLength(120);

    const first = health.find((b) => b.minute === '2026-06-09T16:48:00.000Z');
    expect(first?.firstFailure).toBe(STORM_START);
    // 16:48 has 12 regular requests (8 on /api, 2 of them before 10.12s) + the storm's first.
    expect(first).toMatchObject({ total: 13, failed: 7 });

    const last = health.find((b) => b.minute === '2026-06-09T17:20:00.000Z');
    expect(last).toMatchObject({ total: 13, failed: 9, lastFailure: STORM_END });
    expect(health.find((b) => b.minute === '2026-06-09T17:21:00.000Z')).toMatchObject({ failed: 0 });
  });

  it('does not count scanner 404s on paths that never succeeded', async () => {
    const { health } = await read(stormEntries());
    // 16:30 holds a burst of six scanner probes and no storm.
    const burst = health.find((b) => b.minute === '2026-06-09T16:30:00.000Z');
    expect(burst).toMatchObject({ service: 'portal.example.com', minute: '2026-06-09T16:30:00.000Z', total: 18, failed: 0 });
    expect(burst?.firstFailure).toBeUndefined();
  });

  it('counts a 5xx as a failure, with its timestamp', async () => {
    const { health } = await read(stormEntries());
    const minute = health.find((b) => b.minute === '2026-06-09T16:20:00.000Z');
    expect(minute).toMatchObject({ total: 13, failed: 1, firstFailure: RARE_500, lastFailure: RARE_500 });
  });

  it('gives the same result for newest-first, oldest-first and shuffled input', async () => {
    const oldestFirst = stormEntries();
    const a = await read(oldestFirst);
    const b = await read([...oldestFirst].reverse());
    const c = await read(shuffled(oldestFirst));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('counts a 404 only on a path that succeeded before that minute, not later', async () => {
    // A route launched at 10:05: 404s before it existed are not an outage of it.
    const entries = [
      runRequest('2026-06-09T10:00:05Z', 404, '/api/reports/7'),
      runRequest('2026-06-09T10:00:06Z', 404, '/api/reports/8'),
      runRequest('2026-06-09T10:05:00Z', 200, '/api/reports/9'),
      runRequest('2026-06-09T10:06:30Z', 404, '/api/reports/10?x=1'),
    ];
    const { health } = await read(entries.reverse());
    expect(health).toEqual([
      {
        service: 'portal-api',
        minute: '2026-06-09T10:00:00.000Z',
        total: 2,
        failed: 0,
        routes: [{ method: 'GET', route: '/api/reports', total: 2, failed: 0 }],
      },
      {
        service: 'portal-api',
        minute: '2026-06-09T10:05:00.000Z',
        total: 1,
        failed: 0,
        routes: [{ method: 'GET', route: '/api/reports', total: 1, failed: 0 }],
      },
      {
        service: 'portal-api',
        minute: '2026-06-09T10:06:00.000Z',
        total: 1,
        failed: 1,
        firstFailure: '2026-06-09T10:06:30Z',
        lastFailure: '2026-06-09T10:06:30Z',
        routes: [{ method: 'GET', route: '/api/reports', total: 1, failed: 1 }],
      },
    ]);
  });

  it('keeps nanoseconds: failures inside one millisecond keep their order, offsets become UTC', async () => {
    const entries = [
      runRequest('2026-06-09T16:48:10.123456789Z', 503, '/pay'),
      runRequest('2026-06-09T16:48:10.123456001Z', 503, '/pay'),
      runRequest('2026-06-09T09:48:10.123456999-07:00', 503, '/pay'),
      runRequest('2026-06-09T16:48:59Z', 200, '/pay'),
    ];
    const { health, report } = await read(entries);
    expect(health).toEqual([
      {
        service: 'portal-api',
        minute: '2026-06-09T16:48:00.000Z',
        total: 4,
        failed: 3,
        firstFailure: '2026-06-09T16:48:10.123456001Z',
        lastFailure: '2026-06-09T16:48:10.123456999Z',
        routes: [{ method: 'GET', route: '/pay', total: 4, failed: 3 }],
      },
    ]);
    expect(report.coverage).toEqual({ start: '2026-06-09T16:48:10.123456001Z', end: '2026-06-09T16:48:59Z' });
  });

  it('names the service: Cloud Run service, Hosting domain, then URL host, then resource type', async () => {
    const bare = (url: string, resource?: unknown) => ({
      insertId: url,
      timestamp: '2026-06-09T16:00:00Z',
      httpRequest: { requestUrl: url, status: 200 },
      ...(resource ? { resource } : {}),
    });
    const { health } = await read([
      runRequest('2026-06-09T16:00:00Z', 200, '/'),
      hostingRequest('2026-06-09T16:00:00Z', 200, '/'),
      bare('https://Shop.Example.com:443/x?y'),
      bare('/relative/path', { type: 'http_load_balancer', labels: {} }),
    ]);
    expect(health.map((b) => b.service)).toEqual(['http_load_balancer', 'portal-api', 'portal.example.com', 'shop.example.com']);
  });

  it('reports coverage and counts entries that are neither request nor audit logs', async () => {
    const appLog = {
      insertId: 'app1',
      logName: 'projects/portal-prod/logs/run.googleapis.com%2Fstdout',
      resource: { type: 'cloud_run_revision', labels: { service_name: 'portal-api' } },
      textPayload: 'listening on :8080',
      timestamp: '2026-06-09T15:59:00.5Z',
    };
    const { report } = await read([runRequest('2026-06-09T16:10:00Z', 200, '/'), appLog, { ...appLog, insertId: 'app2' }]);
    expect(report).toMatchObject({
      id: 'logs/requests.ndjson',
      kind: 'cloud-logging',
      events: 0,
      coverage: { start: '2026-06-09T15:59:00.5Z', end: '2026-06-09T16:10:00Z' },
    });
    expect(report.warnings).toContain('2 of 3 entries are neither request logs nor audit logs (application or platform logs) and were skipped');
  });

  it('bounds the 404 paths kept per minute, keeping the storm path over scanner probes', async () => {
    const entries = [runRequest('2026-06-09T16:00:00Z', 200, '/api/orders/1')];
    for (let i = 0; i < 20; i++) entries.push(runRequest(`2026-06-09T16:01:${String(i).padStart(2, '0')}Z`, 404, '/api/orders/2'));
    for (let i = 0; i < 30; i++) entries.push(runRequest(`2026-06-09T16:01:${String(20 + i).padStart(2, '0')}Z`, 404, `/probe-${i}.php`));
    const limits = { maxNotFoundPathsPerMinute: 3, maxSucceededPathsPerService: 100 };
    const { health, report } = await readCloudLoggingExport('requests.json', recordsOf(entries), limits);
    expect(health[1]).toMatchObject({ total: 50, failed: 20, firstFailure: '2026-06-09T16:01:00Z', lastFailure: '2026-06-09T16:01:19Z' });
    expect(report.warnings).toContain(
      '28 404 responses were on more than 3 distinct paths in one minute; the rarest paths were not judged and count as non-failing',
    );
  });

  it('bounds the succeeding paths kept per service, with a warning', async () => {
    const entries = ['/a', '/b', '/c'].map((p) => runRequest('2026-06-09T16:00:00Z', 200, p));
    entries.push(runRequest('2026-06-09T16:05:00Z', 404, '/c'));
    const limits = { maxNotFoundPathsPerMinute: 10, maxSucceededPathsPerService: 2 };
    const { health, report } = await readCloudLoggingExport('requests.json', recordsOf(entries), limits);
    expect(health[1]).toMatchObject({ total: 1, failed: 0 });
    expect(report.warnings[0]).toMatch(/^1 successful responses were on paths beyond the first 2 distinct paths/);
  });

  it('rejects a wrong type for httpRequest.status with an InputError naming file, record and line', async () => {
    const bad = runRequest('2026-06-09T16:00:02Z', 404, '/');
    (bad.httpRequest as Record<string, unknown>).status = 'Not Found';
    const entries = [runRequest('2026-06-09T16:00:00Z', 200, '/'), runRequest('2026-06-09T16:00:01Z', 200, '/'), bad];
    const error = await read(entries, 'exports/requests.ndjson').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('exports/requests.ndjson');
    expect((error as InputError).line).toBe(3);
    expect((error as InputError).message).toBe('exports/requests.ndjson:3: record 2: httpRequest.status: expected an integer HTTP status, found "Not Found"');
  });

  it('accepts a status written as a decimal string (proto3 JSON allows it)', async () => {
    const entry = runRequest('2026-06-09T16:00:00Z', 503, '/');
    (entry.httpRequest as Record<string, unknown>).status = '503';
    const { health } = await read([entry]);
    expect(health[0]).toMatchObject({ total: 1, failed: 1 });
  });

  it('rejects an entry without a usable timestamp, and a record that is not an object', async () => {
    const noTime = { insertId: 'x', httpRequest: { status: 200 } };
    await expect(read([noTime])).rejects.toThrow(/record 0: timestamp: missing/);
    const badTime = { ...runRequest('2026-06-09T16:00:00Z', 200, '/'), timestamp: '9 June 2026' };
    await expect(read([badTime])).rejects.toThrow(/record 0: timestamp: expected an RFC 3339 timestamp, found "9 June 2026"/);
    await expect(read([runRequest('2026-06-09T16:00:00Z', 200, '/'), 42])).rejects.toThrow(/record 1: expected a LogEntry object/);
  });
});

describe('cloud logging detect', () => {
  it('recognises request, audit and application entries', () => {
    expect(cloudLoggingAdapter.detect(hostingRequest('2026-06-09T16:00:00Z', 200, '/'))).toBe(true);
    expect(cloudLoggingAdapter.detect({ insertId: 'a', timestamp: '2026-06-09T16:00:00Z', protoPayload: {} })).toBe(true);
    expect(cloudLoggingAdapter.detect({ logName: 'l', timestamp: '2026-06-09T16:00:00Z', textPayload: 'hi' })).toBe(true);
  });

  it('rejects builds, releases and other shapes', () => {
    expect(cloudLoggingAdapter.detect({ id: 'b', status: 'SUCCESS', createTime: '2026-06-09T16:00:00Z' })).toBe(false);
    expect(cloudLoggingAdapter.detect({ name: 'sites/x/releases/1', type: 'DEPLOY', releaseTime: '2026-06-09T16:00:00Z' })).toBe(false);
    expect(cloudLoggingAdapter.detect({ insertId: 'a', timestamp: '2026-06-09T16:00:00Z' })).toBe(false);
    expect(cloudLoggingAdapter.detect([{ insertId: 'a' }])).toBe(false);
    expect(cloudLoggingAdapter.detect(null)).toBe(false);
  });
});
