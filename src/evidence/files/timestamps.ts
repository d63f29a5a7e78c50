// RFC 3339 timestamps as Google exports write them: 0–9 fractional digits, `Z` or an offset.
// JS Date keeps milliseconds only, so two log entries inside one millisecond would tie;
// we keep the sub-millisecond nanoseconds beside the milliseconds for ordering.

/** An instant at nanosecond precision: whole milliseconds since the epoch plus the nanoseconds past them. */
export interface Timestamp {
  /** Milliseconds since 1970-01-01T00:00:00Z, rounded down (what `Date` would hold). */
  epochMs: number;
  /** Nanoseconds past `epochMs`, 0–999 999. */
  nanos: number;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

interface Parts {
  date: [number, number, number];
  clock: [number, number, number];
  /** The fractional digits exactly as written ("" when none). */
  fraction: string;
  /** Offset east of UTC in minutes. */
  offsetMinutes: number;
}

function splitTimestamp(text: string): Parts | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Google smears leap seconds, so a second of 60 never appears in its exports.
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (!m[8]) {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offHours > 23 || offMinutes > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offHours * 60 + offMinutes);
  }
  return { date: [year, month, day], clock: [hour, minute, second], fraction: m[7] ?? '', offsetMinutes };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function epochMsOf(parts: Parts): number {
  const [year, month, day] = parts.date;
  const [hour, minute, second] = parts.clock;
  const ms = Number(parts.fraction.padEnd(3, '0').slice(0, 3));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime() - parts.offsetMinutes * 60_000;
}

/** Parses an RFC 3339 timestamp to milliseconds and sub-millisecond nanoseconds; undefined when it is not one. */
export function parseTimestamp(text: string): Timestamp | undefined {
  const parts = splitTimestamp(text);
  if (!parts) return undefined;
  const epochMs = epochMsOf(parts);
  if (!Number.isFinite(epochMs)) return undefined;
  const nanos = Number(parts.fraction.padEnd(9, '0').slice(3));
  return { epochMs, nanos };
}

/** True when the text is an RFC 3339 timestamp (date, time, optional fraction, `Z` or offset). */
export function isTimestamp(text: string): boolean {
  return parseTimestamp(text) !== undefined;
}

/**
 * The same instant as UTC ISO-8601 with `Z`, keeping every fractional digit the source wrote
 * ("2026-06-14T06:41:02.118904512-07:00" → "2026-06-14T13:41:02.118904512Z"). Throws on a non-timestamp.
 */
export function normalizeTimestamp(text: string): string {
  const parts = splitTimestamp(text);
  const ts = parts && parseTimestamp(text);
  if (!parts || !ts) throw new TypeError(`not an RFC 3339 timestamp: ${JSON.stringify(text)}`);
  // The fraction is untouched by a whole-minute offset, so it is copied as written.
  const seconds = new Date(ts.epochMs).toISOString().slice(0, 19);
  return `${seconds}${parts.fraction ? '.' + parts.fraction : ''}Z`;
}

/** Orders two parsed instants: negative when `a` is earlier, 0 when equal to the nanosecond. */
export function compareInstants(a: Timestamp, b: Timestamp): number {
  return a.epochMs - b.epochMs || a.nanos - b.nanos;
}

/** Orders two RFC 3339 strings by the instant they name, to the nanosecond. Throws on a non-timestamp. */
export function compareTimestamps(a: string, b: string): number {
  const ta = parseTimestamp(a);
  const tb = parseTimestamp(b);
  if (!ta) throw new TypeError(`not an RFC 3339 timestamp: ${JSON.stringify(a)}`);
  if (!tb) throw new TypeError(`not an RFC 3339 timestamp: ${JSON.stringify(b)}`);
  return compareInstants(ta, tb);
}

/** "17:05:10Z": the UTC clock time of a timestamp to the second, for one-line summaries. */
export function utcClockTime(text: string): string {
  return normalizeTimestamp(text).slice(11, 19) + 'Z';
}
