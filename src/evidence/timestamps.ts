// RFC 3339 timestamps at nanosecond precision, for every evidence source and checker.
// Google writes up to nine fractional digits and JS `Date` keeps three, so events inside one
// millisecond would lose their order: we keep (seconds, nanos) for ordering and the text,
// normalised to UTC with its fraction exactly as written, for output.

/**
 * An instant as whole seconds since the Unix epoch plus nanoseconds. `nanos` is below 1e9,
 * except in a leap second (":60"), which is held as second :59 with `nanos` 1e9 plus its
 * fraction: it orders after :59.999999999 and stays in its own minute.
 */
export interface Instant {
  seconds: number;
  nanos: number;
}

/** A parsed timestamp: the instant and its UTC text with the precision it was written with. */
export interface Timestamp {
  instant: Instant;
  /** UTC, upper-case `T` and `Z`, fractional digits exactly as given ("…:10.123456789Z"). */
  text: string;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const NANOS_PER_SECOND = 1_000_000_000;

/** Parses an RFC 3339 timestamp (any offset, 0–9 fractional digits, leap seconds); undefined when it is not one. */
export function parseTimestamp(text: string): Timestamp | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, separator, h, mi, s, fraction = '', zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  let offsetSeconds = 0;
  if (!zulu) {
    const offsetHours = Number(oh);
    const offsetMinutes = Number(om);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offsetSeconds = (sign === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  const leap = second === 60;
  const seconds = utcSeconds(year, month, day, hour, minute, leap ? 59 : second) - offsetSeconds;
  const nanos = (fraction ? Number(fraction.padEnd(9, '0')) : 0) + (leap ? NANOS_PER_SECOND : 0);
  // Most exports already write UTC with `T` and `Z`; reusing their text saves a Date per entry.
  const isCanonical = zulu === 'Z' && separator === 'T';
  return { instant: { seconds, nanos }, text: isCanonical ? text : utcText(seconds, leap, fraction) };
}

/** True when the text is an RFC 3339 timestamp (date, time, optional fraction, `Z` or offset). */
export function isTimestamp(text: string): boolean {
  return parseTimestamp(text) !== undefined;
}

/**
 * The same instant as UTC RFC 3339 with `Z`, keeping every fractional digit the source wrote
 * ("2026-06-14T06:41:02.118904512-07:00" → "2026-06-14T13:41:02.118904512Z"). Throws on a non-timestamp.
 */
export function normalizeTimestamp(text: string): string {
  return requireTimestamp(text).text;
}

/** "17:05:10Z": the UTC clock time of a timestamp to the second, for one-line summaries. Throws on a non-timestamp. */
export function utcClockTime(text: string): string {
  return normalizeTimestamp(text).slice(11, 19) + 'Z';
}

/** Orders two instants: negative when a is earlier, 0 when equal to the nanosecond, positive when later. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds - b.seconds || a.nanos - b.nanos;
}

/** Orders two RFC 3339 texts by the instant they name, to the nanosecond. Throws on a non-timestamp. */
export function compareTimestamps(a: string, b: string): number {
  return compareInstants(requireTimestamp(a).instant, requireTimestamp(b).instant);
}

/** Milliseconds since the epoch of an RFC 3339 timestamp (fraction beyond ms dropped; a leap second is :59.999). Throws on a non-timestamp. */
export function instantMs(iso: string): number {
  const { seconds, nanos } = requireTimestamp(iso).instant;
  // Checkers compare at millisecond precision, which minute-level claims never outgrow.
  return seconds * 1000 + Math.floor(Math.min(nanos, NANOS_PER_SECOND - 1) / 1_000_000);
}

/** Minutes from a to b (negative when b is earlier). Throws on a non-timestamp. */
export function minutesBetween(aIso: string, bIso: string): number {
  return (instantMs(bIso) - instantMs(aIso)) / 60_000;
}

/** The minute an instant falls in, as whole minutes since the epoch. */
export function epochMinute(instant: Instant): number {
  return Math.floor(instant.seconds / 60);
}

/** The start of an epoch minute as the HealthBucket minute text ("2026-06-09T16:48:00.000Z"). */
export function minuteText(minute: number): string {
  return new Date(minute * 60_000).toISOString();
}

function requireTimestamp(text: string): Timestamp {
  const parsed = parseTimestamp(text);
  // Callers pass times adapters already validated, so this is an internal error, not bad input.
  if (!parsed) throw new Error(`not an RFC 3339 timestamp: ${text}`);
  return parsed;
}

// A whole-minute offset leaves the fraction untouched, so it is copied as written.
function utcText(seconds: number, leap: boolean, fraction: string): string {
  const base = new Date(seconds * 1000).toISOString().slice(0, leap ? 17 : 19);
  return `${base}${leap ? '60' : ''}${fraction ? `.${fraction}` : ''}Z`;
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcSeconds(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime() / 1000;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leapYear ? 29 : 28;
}
