// Timestamps as Google's JSON writes them: RFC 3339 in UTC with a fixed number of
// fractional digits. Extra sub-millisecond digits are drawn so exports look like real ones
// while every instant stays inside its millisecond.

import type { Rng } from '../random.js';

/** "2026-06-09T16:48:10.317402Z": `digits` fractional digits (3, 6 or 9); the extra ones from rng. */
export function rfc3339(ms: number, digits: 3 | 6 | 9 = 6, rng?: Rng): string {
  const base = new Date(ms).toISOString().slice(0, 23);
  if (digits === 3) return `${base}Z`;
  const extra = digits - 3;
  const tail = rng ? String(rng.int(0, 10 ** extra - 1)).padStart(extra, '0') : '0'.repeat(extra);
  return `${base}${tail}Z`;
}
