// Comparisons a checker makes between what a sentence says and what a record says:
// times within tolerance, people by name, counts within their stated precision.

import type { Config } from '../config.js';
import type { Entity, Quantity, TimeRef } from '../types.js';
import { instantMs } from '../evidence/timestamps.js';

/** Minutes of slack around a written time: the tolerance, plus more for "about". */
export function slackMinutes(time: TimeRef, config: Config): number {
  return config.timeToleranceMinutes + (time.approximate ? config.approximateExtraMinutes : 0);
}

/** True when the instant falls inside the written time's range widened by the slack. */
export function timeMatches(time: TimeRef, iso: string, config: Config): boolean {
  const slack = slackMinutes(time, config) * 60_000;
  const t = instantMs(iso);
  return instantMs(time.start) - slack <= t && t < instantMs(time.end) + slack;
}

/** True when any of the instants matches the written time. */
export function anyTimeMatches(time: TimeRef, isos: Array<string | undefined>, config: Config): boolean {
  return isos.some((iso) => iso !== undefined && timeMatches(time, iso, config));
}

/** True when a record's actor is the person the sentence names ("Priya", "the agent", an email, a bot). */
export function actorMatches(named: Entity, actor: string | undefined): boolean {
  if (!actor) return false;
  const a = actor.toLowerCase();
  const id = named.id.toLowerCase();
  if (id === 'agent') return /agent/.test(a);
  if (id.includes('@')) return a.includes(id);
  if (id.endsWith('[bot]')) return a.includes(id) || a.includes(id.replace('[bot]', ''));
  const word = (name: string) => new RegExp(`(^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z]|$)`).test(a);
  // "Priya Raman" is the record's "Priya Raman <…>", or "priya@…" where only the first name is written.
  const first = id.split(/\s+/)[0]!;
  return word(id) || (first !== id && first.length >= 3 && word(first));
}

/** True when a count from a record satisfies a written count (exact unless "about", "over", "under"). */
export function quantityMatches(q: Quantity, actual: number): boolean {
  if (q.bound === 'gt') return actual > q.value;
  if (q.bound === 'lt') return actual < q.value;
  if (q.approximate) return Math.abs(actual - q.value) <= Math.max(1, q.value * 0.1);
  return actual === q.value;
}

/** True when a measured share (percent) satisfies a written one: within 1 point, or max(2, 20%) for "about", or past a bound. */
export function shareMatches(q: Quantity, actualPercent: number, upperPercent = actualPercent): boolean {
  // Minute buckets measure a share between two bounds (the edge minutes' requests in or out).
  if (q.bound === 'gt') return upperPercent > q.value;
  if (q.bound === 'lt') return actualPercent < q.value;
  const slack = q.approximate ? Math.max(2, q.value * 0.2) : 1;
  return q.value >= actualPercent - slack && q.value <= upperPercent + slack;
}

/** The share failed/total in percent, and its upper bound with the edge minutes' unfailed requests left out. */
export function shareBounds(failed: number, total: number, edgeUnfailed: number): [number, number] {
  const lower = (failed / total) * 100;
  const inner = total - edgeUnfailed;
  return [lower, inner > 0 ? Math.min(100, (failed / inner) * 100) : lower];
}

/** True when a measured duration satisfies a written one: within max(2 minutes, 10%) unless exact. */
export function durationMatches(writtenMinutes: number, actualMinutes: number, exact: boolean, approximate: boolean): boolean {
  const slack = exact ? 0.5 : Math.max(2, writtenMinutes * (approximate ? 0.2 : 0.1));
  return Math.abs(actualMinutes - writtenMinutes) <= slack;
}

/** "; up to 31.2% counting only the minutes inside the window" when the bounds differ in the shown precision. */
export function upperText(lower: number, upper: number): string {
  return upper.toFixed(1) === lower.toFixed(1) ? '' : `; up to ${upper.toFixed(1)}% leaving out the edge minutes' requests that did not fail`;
}
