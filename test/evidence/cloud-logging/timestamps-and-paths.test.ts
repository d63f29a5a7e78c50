import { describe, expect, it } from 'vitest';
import { normalizeRequestPath, splitUrl } from '../../../src/evidence/cloud-logging/request-target.js';
import { compareTimestamps, formatInstant, parseTimestamp } from '../../../src/evidence/cloud-logging/timestamps.js';

describe('RFC 3339 timestamps at nanosecond precision', () => {
  it('keeps a UTC text as written and parses its nanoseconds', () => {
    expect(parseTimestamp('2019-03-23T15:01:16.591984806Z')).toEqual({
      instant: { seconds: Date.UTC(2019, 2, 23, 15, 1, 16) / 1000, nanos: 591984806 },
      text: '2019-03-23T15:01:16.591984806Z',
    });
    expect(parseTimestamp('2017-10-10T16:00:00Z')?.instant.nanos).toBe(0);
  });

  it('converts offsets and lower-case letters to UTC, keeping the written precision', () => {
    expect(parseTimestamp('2026-06-09T09:48:10.1234-07:00')?.text).toBe('2026-06-09T16:48:10.1234Z');
    expect(parseTimestamp('2026-06-09t16:48:10z')?.text).toBe('2026-06-09T16:48:10Z');
    expect(parseTimestamp('2026-06-10T01:18:10+09:30')?.text).toBe('2026-06-09T15:48:10Z');
  });

  it('rejects what is not an RFC 3339 timestamp', () => {
    for (const text of ['2026-06-09', '2026-06-09T16:48:10', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-06-09T16:48:10.1234567891Z', 'June 9']) {
      expect(parseTimestamp(text), text).toBeUndefined();
    }
  });

  it('orders instants inside one millisecond, which Date cannot', () => {
    expect(compareTimestamps('2026-06-09T16:48:10.123456001Z', '2026-06-09T16:48:10.123456789Z')).toBeLessThan(0);
    expect(compareTimestamps('2026-06-09T16:48:10.5Z', '2026-06-09T16:48:10.500000000Z')).toBe(0);
    expect(compareTimestamps('2026-06-09T16:48:10Z', '2026-06-09T16:48:09.999999999Z')).toBeGreaterThan(0);
  });

  it('formats an instant with the requested number of fractional digits', () => {
    const instant = { seconds: 1781023690, nanos: 123456789 };
    expect(formatInstant(instant)).toBe('2026-06-09T16:48:10.123456789Z');
    expect(formatInstant(instant, 3)).toBe('2026-06-09T16:48:10.123Z');
    expect(formatInstant(instant, 0)).toBe('2026-06-09T16:48:10Z');
  });
});

describe('request paths', () => {
  it('strips the query and fragment and collapses numeric, UUID and hex-id segments', () => {
    expect(normalizeRequestPath('https://portal.example.com/api/orders/1234?page=2#x')).toBe('/api/orders/:id');
    expect(normalizeRequestPath('/api/users/5b0c6f5e-0d6e-4e0b-9a43-1f2f0e4c8b90/profile')).toBe('/api/users/:id/profile');
    expect(normalizeRequestPath('/api/invoices/64a7f0c2e1b9d3a5c7e9f1b3')).toBe('/api/invoices/:id');
    expect(normalizeRequestPath('/api/orders')).toBe('/api/orders');
  });

  it('keeps words that happen to be hex and short hashes', () => {
    expect(normalizeRequestPath('/deadbeef/facade/cafe')).toBe('/deadbeef/facade/cafe');
    expect(normalizeRequestPath('/assets/app.3f9a1c.js')).toBe('/assets/app.3f9a1c.js');
  });

  it('splits host and path without throwing on odd URLs', () => {
    expect(splitUrl('https://user@Shop.Example.com:8443/a?b')).toEqual({ host: 'shop.example.com', path: '/a' });
    expect(splitUrl('https://shop.example.com')).toEqual({ host: 'shop.example.com', path: '/' });
    expect(splitUrl('%%%bad')).toEqual({ path: '/%%%bad' });
    expect(splitUrl('')).toEqual({ path: '/' });
  });
});
