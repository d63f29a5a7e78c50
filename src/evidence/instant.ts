// Instants for comparison. Sources keep their timestamps as written (nanoseconds and all);
// checkers compare at millisecond precision, which minute-level claims never outgrow.

/** Milliseconds since the epoch of an RFC 3339 timestamp (fraction beyond ms ignored). */
export function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an RFC 3339 timestamp: ${iso}`);
  return ms;
}

/** Minutes from a to b (negative when b is earlier). */
export function minutesBetween(aIso: string, bIso: string): number {
  return (instantMs(bIso) - instantMs(aIso)) / 60_000;
}
