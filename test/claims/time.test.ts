import { describe, expect, it } from 'vitest';
import { findTimes, type TimeContext } from '../../src/claims/time.js';

const pdt: TimeContext = { zone: 'America/Los_Angeles', zoneOrigin: 'front matter', date: '2026-06-09', dateOrigin: 'front matter date' };

describe('resolving written times', () => {
  it('reads a clock time in the document zone as a one-minute range', () => {
    const [t] = findTimes('PR #214 was merged at 09:40.', pdt);
    expect(t?.ref).toMatchObject({ start: '2026-06-09T16:40:00.000Z', end: '2026-06-09T16:41:00.000Z', zone: 'America/Los_Angeles', approximate: false });
  });

  it('reads seconds as a one-second range', () => {
    const [t] = findTimes('cancelled at 10:14:40', pdt);
    expect(t?.ref.start).toBe('2026-06-09T17:14:40.000Z');
    expect(t?.ref.end).toBe('2026-06-09T17:14:41.000Z');
  });

  it('lets a zone in the expression win over the document zone', () => {
    const [t] = findTimes('Errors began at 16:48 UTC.', pdt);
    expect(t?.ref.start).toBe('2026-06-09T16:48:00.000Z');
    expect(t?.ref.zoneOrigin).toBe('the expression');
  });

  it('lets a date in the expression win over the document date', () => {
    const [t] = findTimes('Reverted on June 10 at 11:32.', pdt);
    expect(t?.ref.start).toBe('2026-06-10T18:32:00.000Z');
  });

  it('marks "about" and "~" times approximate', () => {
    expect(findTimes('around 10:14', pdt)[0]?.ref.approximate).toBe(true);
    expect(findTimes('at ~10:14', pdt)[0]?.ref.approximate).toBe(true);
  });

  it('applies daylight saving time by date: PST in January, PDT in June', () => {
    const jan = findTimes('at 10:00', { ...pdt, date: '2026-01-15' })[0]?.ref.start;
    const jun = findTimes('at 10:00', pdt)[0]?.ref.start;
    expect(jan).toBe('2026-01-15T18:00:00.000Z');
    expect(jun).toBe('2026-06-09T17:00:00.000Z');
  });

  it('handles the spring-forward day: 01:30 is PST, 03:30 is PDT', () => {
    const ctx = { ...pdt, date: '2026-03-08' };
    expect(findTimes('at 01:30', ctx)[0]?.ref.start).toBe('2026-03-08T09:30:00.000Z');
    expect(findTimes('at 03:30', ctx)[0]?.ref.start).toBe('2026-03-08T10:30:00.000Z');
  });

  it('reads times in other zones (Europe/Berlin, UTC)', () => {
    expect(findTimes('at 14:05', { ...pdt, zone: 'Europe/Berlin' })[0]?.ref.start).toBe('2026-06-09T12:05:00.000Z');
    expect(findTimes('at 14:05', { ...pdt, zone: 'UTC' })[0]?.ref.start).toBe('2026-06-09T14:05:00.000Z');
  });

  it('finds no time where there is none: counts, versions, durations', () => {
    expect(findTimes('PR #214 changed 340 files in v1.2.3 over 33 minutes.', pdt)).toEqual([]);
  });

  it('finds no time when no date is known at all', () => {
    expect(findTimes('at 10:05', { zone: 'UTC', zoneOrigin: 'default', dateOrigin: 'nowhere' })).toEqual([]);
  });

  it('reads a range written as one expression, and never a duration as a time', () => {
    const [t] = findTimes('404s for 33 minutes, from 09:48 to 10:21.', pdt);
    expect(t?.ref.start).toBe('2026-06-09T16:48:00.000Z');
    expect(t?.rangeEnd?.start).toBe('2026-06-09T17:21:00.000Z');
    expect(findTimes('404s for 33 minutes.', pdt)).toEqual([]);
  });

  it('reads "08:40 PST" in June as Pacific time, as a document-level "All times are PST" is read', () => {
    const utc = findTimes('merged at 08:40 PST', { ...pdt, zone: 'UTC', zoneOrigin: 'default' })[0]?.ref;
    expect(utc?.start).toBe('2026-06-09T15:40:00.000Z');
    expect(utc?.zone).toBe('America/Los_Angeles');
  });

  it('widens a time in the repeated hour of a fall-back night to cover both occurrences', () => {
    const t = findTimes('at 01:30', { ...pdt, date: '2026-11-01' })[0]?.ref;
    expect(t?.start).toBe('2026-11-01T08:30:00.000Z');
    expect(t?.end).toBe('2026-11-01T09:31:00.000Z');
    const normal = findTimes('at 03:30', { ...pdt, date: '2026-11-01' })[0]?.ref;
    expect(normal?.end).toBe('2026-11-01T11:31:00.000Z');
  });
});
