import { describe, expect, it } from 'vitest';
import { defaultConfig, type OutageConfig } from '../../../src/config.js';
import { cloudLoggingAdapter } from '../../../src/evidence/cloud-logging/adapter.js';
import { healthAt, mergeBuckets, outageWindows } from '../../../src/evidence/health/outage-windows.js';
import type { HealthBucket } from '../../../src/types.js';
import { recordsOf, runRequest } from '../cloud-logging/entries.js';
import { STORM_END, STORM_START, stormEntries, stormExpectation } from '../cloud-logging/storm.js';

const defaults = defaultConfig().outage;
const config = (overrides: Partial<OutageConfig> = {}): OutageConfig => ({ ...defaults, ...overrides });

const BASE = Date.parse('2026-06-09T16:00:00Z');
const minuteIso = (m: number) => new Date(BASE + m * 60_000).toISOString();
const secondIso = (m: number, s: number) => new Date(BASE + m * 60_000 + s * 1000).toISOString();

/** Buckets for one service from [total, failed] pairs, one per minute from 16:00; failures at :05 and :55. */
function series(pairs: Array<[number, number]>, service = 'portal-api', from = 0): HealthBucket[] {
  return pairs.map(([total, failed], i) => ({
    service,
    minute: minuteIso(from + i),
    total,
    failed,
    ...(failed > 0 ? { firstFailure: secondIso(from + i, 5), lastFailure: secondIso(from + i, 55) } : {}),
  }));
}

const healthy = (n: number): Array<[number, number]> => Array.from({ length: n }, () => [20, 0]);
const failing = (n: number): Array<[number, number]> => Array.from({ length: n }, () => [20, 15]);

describe('outage windows', () => {
  it('finds the 33-minute 404 storm in request logs, from the first to the last failed request', async () => {
    const entries = stormEntries();
    const { health } = await cloudLoggingAdapter.read('requests.ndjson', recordsOf(entries));
    const windows = outageWindows(health, defaults, 'requests.ndjson');
    const { failed, total } = stormExpectation(entries);
    // edgeUnfailed has its own test below.
    expect(windows.map(({ edgeUnfailed: _edge, ...w }) => w)).toEqual([
      {
        service: 'portal.example.com',
        start: STORM_START,
        end: STORM_END,
        failed,
        total,
        baselineRatio: 0,
        citation: {
          source: 'cloud-logging',
          ref: 'portal.example.com outage window',
          time: STORM_END,
          summary: `${failed} of ${total} requests failed from ${STORM_START} to ${STORM_END} (error ratio before: 0.0%)`,
          location: 'requests.ndjson',
        },
      },
    ]);
    expect(failed).toBeGreaterThan(200);
  });

  it('finds the same window when the export is newest first', async () => {
    const entries = stormEntries().reverse();
    const { health } = await cloudLoggingAdapter.read('requests.json', recordsOf(entries));
    const [window] = outageWindows(health, defaults, 'requests.json');
    expect([window?.start, window?.end]).toEqual([STORM_START, STORM_END]);
  });

  it('finds a 5xx storm on a Cloud Run service', async () => {
    const entries = [];
    for (let m = 0; m < 40; m++) {
      for (let k = 0; k < 10; k++) {
        const time = `${secondIso(m, k * 6).slice(0, 19)}.${String(m * 10 + k).padStart(6, '0')}Z`;
        const storm = m >= 20 && m < 27 && k % 2 === 0;
        entries.push(runRequest(time, storm ? 503 : 200, '/pay'));
      }
    }
    const { health } = await cloudLoggingAdapter.read('run.json', recordsOf(entries));
    const windows = outageWindows(health, defaults, 'run.json');
    expect(windows.map((w) => [w.service, w.start, w.end, w.failed, w.total])).toEqual([
      ['portal-api', '2026-06-09T16:20:00.000200Z', '2026-06-09T16:26:48.000268Z', 35, 70],
    ]);
  });

  it('finds two separate windows with healthy traffic between them', () => {
    const buckets = series([...healthy(10), ...failing(6), ...healthy(10), ...failing(4), ...healthy(5)]);
    const windows = outageWindows(buckets, defaults, 'x');
    expect(windows.map((w) => [w.start, w.end, w.failed, w.total])).toEqual([
      [secondIso(10, 5), secondIso(15, 55), 90, 120],
      [secondIso(26, 5), secondIso(29, 55), 60, 80],
    ]);
  });

  it('does not call a one-minute blip an outage', () => {
    const buckets = series([...healthy(10), [20, 20], ...healthy(10)]);
    expect(outageWindows(buckets, defaults, 'x')).toEqual([]);
    expect(outageWindows(buckets, config({ minFailingMinutes: 1 }), 'x')).toHaveLength(1);
  });

  it('merges runs separated by at most maxGapMinutes healthy minutes, and splits longer gaps', () => {
    const oneGap = series([...healthy(10), ...failing(3), [20, 0], ...failing(3), ...healthy(5)]);
    expect(outageWindows(oneGap, defaults, 'x').map((w) => [w.start, w.end, w.failed, w.total])).toEqual([[secondIso(10, 5), secondIso(16, 55), 90, 140]]);
    const twoGaps = series([...healthy(10), ...failing(3), [20, 0], [20, 0], ...failing(3), ...healthy(5)]);
    expect(outageWindows(twoGaps, defaults, 'x')).toHaveLength(2);
    expect(outageWindows(twoGaps, config({ maxGapMinutes: 2 }), 'x')).toHaveLength(1);
  });

  it('lets a low-traffic minute inside a storm neither break it nor, without failures, extend it', () => {
    // The failing service saw only 2 requests at 16:13 and none at 16:14; 16:18 is thin and healthy.
    const buckets = series([...healthy(10), ...failing(3), [2, 0], [0, 0], ...failing(3), [3, 0], ...healthy(5)]);
    const windows = outageWindows(buckets, config({ maxGapMinutes: 0 }), 'x');
    expect(windows.map((w) => [w.start, w.end, w.failed, w.total])).toEqual([[secondIso(10, 5), secondIso(17, 55), 90, 122]]);
  });

  it("ends at the storm's last failed request, even in a thin minute after the threshold minutes", () => {
    const buckets = series([...healthy(10), ...failing(3), [2, 0], [0, 0], ...failing(3), [3, 3], ...healthy(5)]);
    const windows = outageWindows(buckets, config({ maxGapMinutes: 0 }), 'x');
    expect(windows.map((w) => [w.start, w.end, w.failed, w.total])).toEqual([[secondIso(10, 5), secondIso(18, 55), 93, 125]]);
  });

  it("starts and ends at the storm's first and last failed requests when its edge minutes are quiet", () => {
    // 16:10 and 16:14 each hold two failures in 30 requests: below the 20% threshold, but the storm's own.
    const buckets = series([...healthy(10), [30, 2], ...failing(3), [30, 2], ...healthy(5)]);
    const [window] = outageWindows(buckets, defaults, 'x');
    expect([window?.start, window?.end, window?.failed]).toEqual([secondIso(10, 5), secondIso(14, 55), 49]);
  });

  it('counts the requests of its edge minutes that did not fail, the margin a share is judged within', () => {
    const buckets = series([...healthy(10), [30, 2], ...failing(3), [30, 2], ...healthy(5)]);
    const [window] = outageWindows(buckets, defaults, 'x');
    expect(window?.edgeUnfailed).toBe(28 + 28);
  });

  it("does not stretch a window over the baseline's own scattered errors", () => {
    // One error in 100 requests is this service's normal; the minutes next to the storm are normal.
    const normal = Array.from({ length: 10 }, (): [number, number] => [100, 1]);
    const buckets = series([...normal, [100, 1], ...failing(3), [100, 1], ...normal]);
    const [window] = outageWindows(buckets, defaults, 'x');
    expect([window?.start, window?.end]).toEqual([secondIso(11, 5), secondIso(13, 55)]);
  });

  it('fills minutes with no bucket at all as no traffic', () => {
    const buckets = [...series([...healthy(10), ...failing(3)]), ...series(failing(3), 'portal-api', 16)];
    const [window] = outageWindows(buckets, config({ maxGapMinutes: 0 }), 'x');
    expect([window?.start, window?.end, window?.failed]).toEqual([secondIso(10, 5), secondIso(18, 55), 90]);
  });

  it('does not judge minutes with too little traffic, however bad', () => {
    const buckets = series([...healthy(10), [4, 4], [4, 4], [4, 4], ...healthy(3)]);
    expect(outageWindows(buckets, defaults, 'x')).toEqual([]);
  });

  it('compares with the median error ratio before the incident, not one noisy minute', () => {
    // A chronic 10% error rate (and one bad minute) before; 30% is normal-ish, 80% is an outage.
    const before: Array<[number, number]> = [...Array.from({ length: 9 }, (): [number, number] => [20, 2]), [20, 3]];
    const buckets = series([...before, [20, 6], [20, 6], ...healthy(2), [20, 16], [20, 17], [20, 16], ...healthy(3)]);
    const windows = outageWindows(buckets, defaults, 'x');
    expect(windows.map((w) => [w.start, w.end, w.baselineRatio])).toEqual([[secondIso(14, 5), secondIso(16, 55), 0.1]]);
  });

  it('still finds total failure on a service whose baseline is high', () => {
    const buckets = series([...Array.from({ length: 10 }, (): [number, number] => [20, 6]), [20, 20], [20, 20], [20, 10]]);
    const windows = outageWindows(buckets, defaults, 'x');
    expect(windows.map((w) => [w.start, w.end])).toEqual([[secondIso(10, 5), secondIso(11, 55)]]);
  });

  it('finds a storm in an export that starts just before it', () => {
    const buckets = series([[20, 0], ...failing(30), ...healthy(2)]);
    const windows = outageWindows(buckets, defaults, 'x');
    expect(windows.map((w) => [w.start, w.end, w.baselineRatio])).toEqual([[secondIso(1, 5), secondIso(30, 55), 0]]);
  });

  it('judges each service on its own', () => {
    const buckets = [...series([...healthy(5), ...failing(3)], 'a'), ...series([...failing(3), ...healthy(5)], 'b')];
    const windows = outageWindows(buckets, defaults, 'x');
    expect(windows.map((w) => [w.service, w.start])).toEqual([
      ['b', secondIso(0, 5)],
      ['a', secondIso(5, 5)],
    ]);
  });
});

describe('health bucket helpers', () => {
  const buckets = series([
    [10, 0],
    [12, 3],
  ]);

  it('healthAt returns the bucket of the minute holding a time', () => {
    expect(healthAt(buckets, 'portal-api', '2026-06-09T16:01:59.999999999Z')).toBe(buckets[1]);
    expect(healthAt(buckets, 'portal-api', '2026-06-09T09:00:30-07:00')).toBe(buckets[0]);
    expect(healthAt(buckets, 'portal-api', '2026-06-09T16:02:00Z')).toBeUndefined();
    expect(healthAt(buckets, 'other', '2026-06-09T16:01:30Z')).toBeUndefined();
    expect(healthAt(buckets, 'portal-api', 'not a time')).toBeUndefined();
  });

  it('mergeBuckets sums buckets of the same service and minute, keeping the extreme failures', () => {
    const a: HealthBucket[] = [
      {
        service: 's',
        minute: '2026-06-09T16:01:00.000Z',
        total: 10,
        failed: 2,
        firstFailure: '2026-06-09T16:01:10.000000002Z',
        lastFailure: '2026-06-09T16:01:20Z',
      },
      { service: 's', minute: '2026-06-09T16:00:00.000Z', total: 5, failed: 0 },
    ];
    const b: HealthBucket[] = [
      {
        service: 's',
        minute: '2026-06-09T16:01:00Z',
        total: 4,
        failed: 1,
        firstFailure: '2026-06-09T16:01:10.000000001Z',
        lastFailure: '2026-06-09T16:01:10.000000001Z',
      },
      { service: 'r', minute: '2026-06-09T16:05:00Z', total: 1, failed: 0 },
    ];
    expect(mergeBuckets(a, b)).toEqual([
      { service: 'r', minute: '2026-06-09T16:05:00.000Z', total: 1, failed: 0 },
      { service: 's', minute: '2026-06-09T16:00:00.000Z', total: 5, failed: 0 },
      {
        service: 's',
        minute: '2026-06-09T16:01:00.000Z',
        total: 14,
        failed: 3,
        firstFailure: '2026-06-09T16:01:10.000000001Z',
        lastFailure: '2026-06-09T16:01:20Z',
      },
    ]);
  });
});
