// Instants for comparison. Sources keep their timestamps as written (nanoseconds and all);
// checkers compare at millisecond precision, which minute-level claims never outgrow.

/** Milliseconds since the epoch of an RFC 3339 timestamp (fraction beyond ms ignored). */
export function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  if (!Number.isNaN(ms)) return ms;
  // A leap second (":60") is the last instant of its minute; Date cannot hold it.
  const leap = /^(.*T\d{2}:\d{2}):60(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i.exec(iso);
  if (leap) return Date.parse(`${leap[1]}:59.999${leap[2]}`);
  throw new Error(`not an RFC 3339 timestamp: ${iso}`);
}

/** Minutes from a to b (negative when b is earlier). */
export function minutesBetween(aIso: string, bIso: string): number {
  return (instantMs(bIso) - instantMs(aIso)) / 60_000;
}
