import { describe, expect, it } from 'vitest';
import {
  compareTimestamps,
  isTimestamp,
  normalizeTimestamp,
  parseTimestamp,
  utcClockTime,
} from '../../../src/evidence/files/timestamps.js';

describe('timestamps', () => {
  it('keeps the nanoseconds that Date drops', () => {
    expect(parseTimestamp('2019-03-23T15:01:16.591984806Z')).toEqual({
      epochMs: Date.parse('2019-03-23T15:01:16.591Z'),
      nanos: 984_806,
    });
    expect(parseTimestamp('2017-10-10T16:00:00Z')).toEqual({ epochMs: Date.parse('2017-10-10T16:00:00Z'), nanos: 0 });
  });

  it('orders timestamps inside the same millisecond by their nanoseconds', () => {
    const later = '2026-06-09T16:48:10.295733901Z';
    const earlier = '2026-06-09T16:48:10.2957Z';
    expect(Date.parse(later)).toBe(Date.parse(earlier));
    expect(compareTimestamps(earlier, later)).toBeLessThan(0);
    expect(compareTimestamps(later, earlier)).toBeGreaterThan(0);
    expect(compareTimestamps('2026-06-09T16:48:10.5Z', '2026-06-09T16:48:10.500000000Z')).toBe(0);
  });

  it('compares instants across offsets', () => {
    expect(compareTimestamps('2026-06-09T10:05:10-07:00', '2026-06-09T17:05:09.999999999Z')).toBeGreaterThan(0);
    expect(compareTimestamps('2026-06-09T10:05:10-07:00', '2026-06-09T17:05:10Z')).toBe(0);
  });

  it('normalises to UTC with Z, keeping every fractional digit as written', () => {
    expect(normalizeTimestamp('2026-06-14T06:41:02.118904512-07:00')).toBe('2026-06-14T13:41:02.118904512Z');
    expect(normalizeTimestamp('2026-06-14t13:41:02.100z')).toBe('2026-06-14T13:41:02.100Z');
    expect(normalizeTimestamp('2026-06-14T23:30:00+05:30')).toBe('2026-06-14T18:00:00Z');
    expect(normalizeTimestamp('2026-06-14T13:41:02Z')).toBe('2026-06-14T13:41:02Z');
  });

  it('rejects what is not an RFC 3339 timestamp', () => {
    for (const text of ['2026-06-14', '2026-06-14T13:41Z', '2026-02-30T00:00:00Z', '2026-06-14T24:00:00Z', '2026-06-14T13:41:02.1234567890Z', '1781000000', 'June 9']) {
      expect(isTimestamp(text), text).toBe(false);
    }
    expect(() => compareTimestamps('soon', '2026-06-14T13:41:02Z')).toThrow(/not an RFC 3339 timestamp/);
  });

  it('gives the UTC clock time for summaries', () => {
    expect(utcClockTime('2026-06-09T10:05:10.482913-07:00')).toBe('17:05:10Z');
  });
});
