import { describe, expect, it } from 'vitest';
import {
  compareInstants,
  compareTimestamps,
  epochMinute,
  instantMs,
  isTimestamp,
  minutesBetween,
  minuteText,
  normalizeTimestamp,
  parseTimestamp,
  utcClockTime,
} from '../../src/evidence/timestamps.js';

describe('RFC 3339 timestamps at nanosecond precision', () => {
  it('keeps a UTC text as written and parses the nanoseconds that Date drops', () => {
    expect(parseTimestamp('2019-03-23T15:01:16.591984806Z')).toEqual({
      instant: { seconds: Date.UTC(2019, 2, 23, 15, 1, 16) / 1000, nanos: 591_984_806 },
      text: '2019-03-23T15:01:16.591984806Z',
    });
    expect(parseTimestamp('2017-10-10T16:00:00Z')).toEqual({
      instant: { seconds: Date.parse('2017-10-10T16:00:00Z') / 1000, nanos: 0 },
      text: '2017-10-10T16:00:00Z',
    });
  });

  it('normalises to UTC with Z, keeping every fractional digit as written', () => {
    expect(normalizeTimestamp('2026-06-14T06:41:02.118904512-07:00')).toBe('2026-06-14T13:41:02.118904512Z');
    expect(normalizeTimestamp('2026-06-09T09:48:10.1234-07:00')).toBe('2026-06-09T16:48:10.1234Z');
    expect(normalizeTimestamp('2026-06-14t13:41:02.100z')).toBe('2026-06-14T13:41:02.100Z');
    expect(normalizeTimestamp('2026-06-14 13:41:02Z')).toBe('2026-06-14T13:41:02Z');
    expect(normalizeTimestamp('2026-06-14T23:30:00+05:30')).toBe('2026-06-14T18:00:00Z');
    expect(normalizeTimestamp('2026-06-10T01:18:10+09:30')).toBe('2026-06-09T15:48:10Z');
    expect(normalizeTimestamp('2026-06-14T13:41:02Z')).toBe('2026-06-14T13:41:02Z');
    expect(parseTimestamp('2026-06-09t16:48:10z')?.text).toBe('2026-06-09T16:48:10Z');
  });

  it("converts git's committer-offset dates to UTC to the second", () => {
    expect(normalizeTimestamp('2026-06-09T09:40:12-07:00')).toBe('2026-06-09T16:40:12Z');
    expect(normalizeTimestamp('2026-06-10T03:10:12+05:30')).toBe('2026-06-09T21:40:12Z');
    expect(parseTimestamp('Tue Jun 9 09:40:12 2026 -0700')).toBeUndefined();
  });

  it('rejects what is not an RFC 3339 timestamp', () => {
    const bad = [
      '',
      '2026-06-14',
      '2026-06-09T16:48:10',
      '2026-06-14T13:41Z',
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-06-14T24:00:00Z',
      '2026-06-14T13:61:00Z',
      '2026-06-14T13:41:61Z',
      '2026-06-14T13:41:02+24:00',
      '2026-06-14T13:41:02.1234567890Z',
      '1781000000',
      'June 9',
    ];
    for (const text of bad) {
      expect(parseTimestamp(text), text).toBeUndefined();
      expect(isTimestamp(text), text).toBe(false);
    }
    expect(isTimestamp('2024-02-29T00:00:00Z')).toBe(true);
    expect(() => compareTimestamps('soon', '2026-06-14T13:41:02Z')).toThrow(/not an RFC 3339 timestamp/);
    expect(() => normalizeTimestamp('soon')).toThrow(/not an RFC 3339 timestamp/);
    expect(() => instantMs('not-a-time')).toThrow('not an RFC 3339 timestamp: not-a-time');
  });

  it('orders timestamps inside the same millisecond by their nanoseconds, which Date cannot', () => {
    const later = '2026-06-09T16:48:10.295733901Z';
    const earlier = '2026-06-09T16:48:10.2957Z';
    expect(instantMs(later)).toBe(instantMs(earlier));
    expect(compareTimestamps(earlier, later)).toBeLessThan(0);
    expect(compareTimestamps(later, earlier)).toBeGreaterThan(0);
    expect(compareTimestamps('2026-06-09T16:48:10.123456001Z', '2026-06-09T16:48:10.123456789Z')).toBeLessThan(0);
    expect(compareTimestamps('2026-06-09T16:48:10.5Z', '2026-06-09T16:48:10.500000000Z')).toBe(0);
    expect(compareTimestamps('2026-06-09T16:48:10Z', '2026-06-09T16:48:09.999999999Z')).toBeGreaterThan(0);
  });

  it('compares instants across offsets', () => {
    expect(compareTimestamps('2026-06-09T10:05:10-07:00', '2026-06-09T17:05:09.999999999Z')).toBeGreaterThan(0);
    expect(compareTimestamps('2026-06-09T10:05:10-07:00', '2026-06-09T17:05:10Z')).toBe(0);
    const a = parseTimestamp('2026-06-09T10:05:10.000000001-07:00');
    const b = parseTimestamp('2026-06-09T17:05:10Z');
    expect(a && b && compareInstants(a.instant, b.instant)).toBeGreaterThan(0);
  });

  it('gives the UTC clock time for summaries', () => {
    expect(utcClockTime('2026-06-09T10:05:10.482913-07:00')).toBe('17:05:10Z');
  });
});

describe('leap seconds', () => {
  const leap = '2016-12-31T23:59:60.5Z';

  it('reads ":60" as the last instant of its minute, after :59.999999999 and before the next minute', () => {
    expect(isTimestamp(leap)).toBe(true);
    expect(compareTimestamps(leap, '2016-12-31T23:59:59.999999999Z')).toBeGreaterThan(0);
    expect(compareTimestamps('2016-12-31T23:59:60Z', '2016-12-31T23:59:59.999999999Z')).toBeGreaterThan(0);
    expect(compareTimestamps(leap, '2016-12-31T23:59:60.25Z')).toBeGreaterThan(0);
    expect(compareTimestamps(leap, '2017-01-01T00:00:00Z')).toBeLessThan(0);
    const parsed = parseTimestamp(leap);
    expect(parsed && epochMinute(parsed.instant)).toBe(Date.parse('2016-12-31T23:59:00Z') / 60_000);
  });

  it('keeps ":60" in the normalised text, across offsets', () => {
    expect(normalizeTimestamp(leap)).toBe(leap);
    expect(normalizeTimestamp('2016-12-31T15:59:60.5-08:00')).toBe(leap);
    expect(utcClockTime('2016-12-31T15:59:60-08:00')).toBe('23:59:60Z');
  });

  it('counts as :59.999 at millisecond precision', () => {
    expect(instantMs('2016-12-31T23:59:60Z')).toBe(Date.parse('2016-12-31T23:59:59.999Z'));
    expect(instantMs('2016-12-31T15:59:60.9-08:00')).toBe(Date.parse('2016-12-31T23:59:59.999Z'));
  });
});

describe('milliseconds and minutes for checkers', () => {
  it('drops the fraction beyond the millisecond', () => {
    expect(instantMs('2026-06-09T16:48:10.123999999Z')).toBe(Date.parse('2026-06-09T16:48:10.123Z'));
    expect(instantMs('2026-06-09T09:48:10-07:00')).toBe(Date.parse('2026-06-09T16:48:10Z'));
  });

  it('measures minutes between two times, negative when the second is earlier', () => {
    expect(minutesBetween('2026-06-09T16:48:00Z', '2026-06-09T17:05:30Z')).toBe(17.5);
    expect(minutesBetween('2026-06-09T17:05:30Z', '2026-06-09T09:48:00-07:00')).toBe(-17.5);
  });

  it('names an epoch minute by its start, as health buckets do', () => {
    const parsed = parseTimestamp('2026-06-09T16:48:59.999999999Z');
    const minute = parsed ? epochMinute(parsed.instant) : NaN;
    expect(minuteText(minute)).toBe('2026-06-09T16:48:00.000Z');
    expect(minuteText(minute + 1)).toBe('2026-06-09T16:49:00.000Z');
  });
});
