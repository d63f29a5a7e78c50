// rollback: "X rolled back (to version V) at T" / "no rollback was performed" — against
// Hosting ROLLBACK releases, Cloud Run traffic shifts and git reverts.

import type { EventType, EvidenceEvent } from '../types.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Evidence } from '../evidence/evidence.js';
import type { Checker } from './checker.js';
import { actorPart, timePart } from './deploy.js';
import { localTime } from './local-time.js';
import { actorMatches, timeMatches } from './match.js';
import { isLive } from './serving.js';
import { cite, combine, contradicted, sourceCitation, supported, unsupported, unverifiable } from './verdict.js';

export const rollbackChecker: Checker = {
  kind: 'rollback',
  description: 'Checks rollbacks (Hosting ROLLBACK releases, Cloud Run traffic shifts back) for existence, target, time and person.',
  sources: ['firebase-hosting', 'cloud-logging'],
  negation: true,
  check(claim, ev, ctx) {
    const recording = ev.sourcesRecording(ROLLBACKS);
    if (recording.length === 0) {
      return unverifiable(claim, ev.whyMissing('firebase-hosting', 'rollbacks are in Hosting releases.list or Cloud Run / Hosting audit logs'));
    }
    const consulted = recording.map((s) => sourceCitation(s, `${s.events} records, searched for rollbacks`));
    const names = recording.map((s) => s.id).join(', ');
    const target = claim.subject;
    const candidates = rollbacksIn(ev).filter((e) => !target || e.keys.concat(e.target ?? '').some((k) => k.toLowerCase().includes(target.id)));
    if (claim.negated) {
      // "Priya did not roll back": only her rollbacks refute it.
      const theirs = claim.actor ? candidates.filter((e) => actorMatches(claim.actor!, e.actor)) : candidates;
      const who = claim.actor ? ` by ${claim.actor.text}` : '';
      return theirs.length === 0
        ? supported(claim, `no rollback${who} in ${names}`, consulted)
        : contradicted(claim, theirs.map((c) => `${c.summary} at ${localTime(c.time, ctx.zone)}`).join('; '), cite(...theirs));
    }
    const found = (claim.time ? candidates.find((c) => timeMatches(claim.time!, c.time, ctx.config)) : undefined) ?? candidates[candidates.length - 1];
    if (!found) {
      const what = `no rollback${target ? ` to ${target.id}` : ''} in ${names}`;
      const t = claim.time ? instantMs(claim.time.start) : undefined;
      const covered = t !== undefined && recording.some((s) => s.coverage && instantMs(s.coverage.start) <= t && t <= instantMs(s.coverage.end));
      if (covered) return contradicted(claim, `${what}, which cover ${claim.time!.text}`, consulted);
      return unsupported(claim, `${what}; ${claim.time ? 'they do not cover the time of the claim' : 'the sentence gives no time to tell whether they should hold it'}`, consulted);
    }
    const story = `${found.summary} at ${localTime(found.time, ctx.zone)}`;
    const parts = [timePart(claim, [found.time], story, cite(found), ctx)];
    if (claim.actor) parts.push(actorPart(claim, found, 'rolled back', cite(found), true));
    return combine(claim, parts);
  },
};

const ROLLBACKS: ReadonlySet<EventType> = new Set(['rollback']);

/** Hosting ROLLBACK releases on live channels. */
export function rollbacksIn(ev: Evidence): EvidenceEvent[] {
  return ev.events.filter((e) => e.type === 'rollback' && isLive(e));
}
