// RFC 3339 timestamps at nanosecond precision. Google writes up to nine fractional digits
// and JS `Date` keeps three, so requests inside one millisecond would lose their order:
// we keep (seconds, nanos) for arithmetic and the text, normalised to UTC, for output.

/** An instant as whole seconds since the Unix epoch plus nanoseconds (0 ≤ nanos < 1e9). */
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

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Parses an RFC 3339 timestamp (any offset, 0–9 fractional digits); undefined when it is not one. */
export function parseTimestamp(text: string): Timestamp | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction = '', zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Seconds may be 60 (a leap second); it is carried into the next minute.
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  let offsetSeconds = 0;
  if (!zulu) {
    const offsetHours = Number(oh);
    const offsetMinutes = Number(om);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offsetSeconds = (sign === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  const seconds = utcSeconds(year, month, day, hour, minute, second) - offsetSeconds;
  const nanos = fraction ? Number(fraction.padEnd(9, '0')) : 0;
  const instant = { seconds, nanos };
  const isCanonical = zulu === 'Z' && text[10] === 'T';
  return { instant, text: isCanonical ? text : formatInstant(instant, fraction.length) };
}

/** Formats an instant as UTC RFC 3339 with the given number of fractional digits (0–9). */
export function formatInstant(instant: Instant, fractionDigits = 9): string {
  const base = new Date(instant.seconds * 1000).toISOString().slice(0, 19);
  if (fractionDigits <= 0) return `${base}Z`;
  const fraction = String(instant.nanos).padStart(9, '0').slice(0, fractionDigits);
  return `${base}.${fraction}Z`;
}

/** Orders two instants: negative when a is earlier, 0 when equal, positive when later. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds - b.seconds || a.nanos - b.nanos;
}

/** Orders two RFC 3339 texts by the instant they name; unparsable texts sort last. */
export function compareTimestamps(a: string, b: string): number {
  const x = parseTimestamp(a);
  const y = parseTimestamp(b);
  if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
  return compareInstants(x.instant, y.instant);
}

/** The minute an instant falls in, as whole minutes since the epoch. */
export function epochMinute(instant: Instant): number {
  return Math.floor(instant.seconds / 60);
}

/** The start of an epoch minute as the HealthBucket minute text ("2026-06-09T16:48:00.000Z"). */
export function minuteText(minute: number): string {
  return new Date(minute * 60_000).toISOString();
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
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}
