// The time zones scenarios are written in: their DST change dates (so incidents can fall
// next to one), the abbreviations people write after a time, and local-time arithmetic
// through date-fns / @date-fns/tz (no hand-rolled calendar math).

import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';

/** A zone a post-mortem may be written in. */
export interface ZoneInfo {
  zone: string;
  /** Local dates (YYYY-MM-DD) of 2026 DST changes; empty when the zone has none. */
  dstChanges: string[];
  /** Abbreviation by UTC offset in minutes ("-420" → "PDT"). */
  abbreviations: Record<string, string>;
}

/** The zones the generator draws from. */
export const ZONES: readonly ZoneInfo[] = [
  { zone: 'UTC', dstChanges: [], abbreviations: { '0': 'UTC' } },
  { zone: 'America/Los_Angeles', dstChanges: ['2026-03-08', '2026-11-01'], abbreviations: { '-420': 'PDT', '-480': 'PST' } },
  { zone: 'America/New_York', dstChanges: ['2026-03-08', '2026-11-01'], abbreviations: { '-240': 'EDT', '-300': 'EST' } },
  { zone: 'Europe/Berlin', dstChanges: ['2026-03-29', '2026-10-25'], abbreviations: { '60': 'CET', '120': 'CEST' } },
  { zone: 'Europe/London', dstChanges: ['2026-03-29', '2026-10-25'], abbreviations: { '0': 'GMT', '60': 'BST' } },
  { zone: 'Asia/Kolkata', dstChanges: [], abbreviations: { '330': 'IST' } },
  { zone: 'Asia/Tokyo', dstChanges: [], abbreviations: { '540': 'JST' } },
  { zone: 'Australia/Sydney', dstChanges: ['2026-04-05', '2026-10-04'], abbreviations: { '600': 'AEST', '660': 'AEDT' } },
];

/** The zone's entry; throws for a zone not in the catalog. */
export function zoneInfo(zone: string): ZoneInfo {
  const info = ZONES.find((z) => z.zone === zone);
  if (!info) throw new Error(`zones: ${zone} is not in the catalog`);
  return info;
}

/** UTC offset of the zone at an instant, in minutes east of UTC. */
export function offsetMinutes(zone: string, ms: number): number {
  return tzOffset(zone, new Date(ms));
}

/** The abbreviation written after a time in this zone at this instant ("PDT", "CEST", "UTC"). */
export function zoneAbbreviation(zone: string, ms: number): string {
  const offset = offsetMinutes(zone, ms);
  return zoneInfo(zone).abbreviations[String(offset)] ?? 'UTC';
}

/** The instant of a local wall-clock time in the zone (date "2026-06-09", hours, minutes, seconds). */
export function localToUtcMs(zone: string, date: string, hours: number, minutes: number, seconds = 0): number {
  const [y, m, d] = date.split('-').map(Number);
  return new TZDate(y ?? 2026, (m ?? 1) - 1, d ?? 1, hours, minutes, seconds, zone).getTime();
}

/** date-fns `format` of an instant in the zone ("yyyy-MM-dd", "HH:mm", "h:mm a", "MMMM d"). */
export function formatLocal(zone: string, ms: number, pattern: string): string {
  return format(new TZDate(ms, zone), pattern);
}

/** Git's date form "<epoch seconds> <±hhmm>" with the zone's offset at that instant. */
export function gitDate(zone: string, ms: number): string {
  const offset = offsetMinutes(zone, ms);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${Math.floor(ms / 1000)} ${sign}${hh}${mm}`;
}

/** The local date one day after `date` ("2026-06-09" → "2026-06-10"). */
export function nextLocalDate(zone: string, date: string): string {
  const noon = localToUtcMs(zone, date, 12, 0);
  return formatLocal(zone, noon + 24 * 3600_000, 'yyyy-MM-dd');
}
