// rollback: "X rolled back (to version V) at T" / "no rollback was performed" — against
// Hosting ROLLBACK releases, Cloud Run traffic shifts and git reverts.

import type { EvidenceEvent } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import type { Checker } from './checker.js';
import { actorPart, timePart } from './deploy.js';
import { localTime } from './local-time.js';
import { timeMatches } from './match.js';
import { isLive } from './serving.js';
import { cite, combine, contradicted, sourceCitation, supported, unverifiable } from './verdict.js';

export const rollbackChecker: Checker = {
  kind: 'rollback',
  description: 'Checks rollbacks (Hosting ROLLBACK releases, Cloud Run traffic shifts back) for existence, target, time and person.',
  sources: ['firebase-hosting', 'cloud-logging'],
  check(claim, ev, ctx) {
    if (!ev.has('firebase-hosting') && !ev.has('cloud-logging')) {
      return unverifiable(claim, ev.whyMissing('firebase-hosting', 'rollbacks are in Hosting releases.list or Cloud Run audit logs'));
    }
    const target = claim.subject;
    const candidates = rollbacksIn(ev).filter((e) => !target || e.keys.concat(e.target ?? '').some((k) => k.toLowerCase().includes(target.id)));
    if (claim.negated) {
      return candidates.length === 0
        ? supported(claim, `no rollback in ${sourceNames(ev)}`, consulted(ev))
        : contradicted(claim, candidates.map((c) => `${c.summary} at ${localTime(c.time, ctx.zone)}`).join('; '), cite(...candidates));
    }
    const found = (claim.time ? candidates.find((c) => timeMatches(claim.time!, c.time, ctx.config)) : undefined) ?? candidates[candidates.length - 1];
    if (!found) return contradicted(claim, `no rollback${target ? ` to ${target.id}` : ''} in ${sourceNames(ev)}`, []);
    const story = `${found.summary} at ${localTime(found.time, ctx.zone)}`;
    const parts = [timePart(claim, [found.time], story, cite(found), ctx)];
    if (claim.actor) parts.push(actorPart(claim, found, 'rolled back', cite(found), true));
    return combine(claim, parts);
  },
};

/** Hosting ROLLBACK releases on live channels. */
export function rollbacksIn(ev: Evidence): EvidenceEvent[] {
  return ev.events.filter((e) => e.type === 'rollback' && isLive(e));
}

function sourceNames(ev: Evidence): string {
  return ev.sources.filter((s) => (s.kind === 'firebase-hosting' || s.kind === 'cloud-logging') && !s.error).map((s) => s.id).join(', ');
}

function consulted(ev: Evidence) {
  return ev.sources
    .filter((s) => (s.kind === 'firebase-hosting' || s.kind === 'cloud-logging') && !s.error)
    .map((s) => sourceCitation(s, `${s.events} records, no rollback`));
}
