// rollback: "X rolled back (to revision R) at T" / "no rollback was performed" — against
// rollbacks of every kind the evidence model knows: Hosting ROLLBACK releases, traffic shifted
// back to an earlier Cloud Run revision, a redeploy of an image that served before, a git revert.

import type { Rollback } from '../evidence/evidence.js';
import { DENIABLE } from '../evidence/change-classes.js';
import { instantMs } from '../evidence/timestamps.js';
import { ROLLBACK_WORDS } from './absence.js';
import type { Checker } from './checker.js';
import { actorPart, timePart } from './deploy.js';
import { localTime } from './local-time.js';
import { actorMatches, timeMatches } from './match.js';
import { cite, combine, contradicted, sourceCitation, supported, unsupported, unverifiable } from './verdict.js';

export const rollbackChecker: Checker = {
  kind: 'rollback',
  description:
    'Checks rollbacks of every kind (Hosting ROLLBACK, traffic shifted back, an earlier image redeployed, a git revert) for existence, target, time and person.',
  sources: ['firebase-hosting', 'cloud-run', 'cloud-logging', 'git'],
  negation: true,
  check(claim, ev, ctx) {
    const recording = ev.sourcesRecording(DENIABLE.rollback);
    if (recording.length === 0) return unverifiable(claim, ev.whyNoneRecording(DENIABLE.rollback, 'rollbacks'));
    const consulted = recording.map((s) => sourceCitation(s, `${s.events} records, searched for rollbacks`));
    const names = recording.map((s) => s.id).join(', ');
    const target = claim.subject;
    const candidates = ev.rollbacks().filter((r) => !target || rollsBackTo(r, target.id));
    if (claim.negated) {
      // "Priya did not roll back": only her rollbacks refute it.
      const theirs = claim.actor ? candidates.filter((r) => actorMatches(claim.actor!, r.actor)) : candidates;
      const who = claim.actor ? ` by ${claim.actor.text}` : '';
      return theirs.length === 0
        ? supported(claim, `no rollback${who} in ${names}`, consulted)
        : contradicted(claim, theirs.map((r) => `${story(r, ctx.zone)}`).join('; '), cite(...theirs.map((r) => r.event)));
    }
    const mine = claim.actor ? candidates.filter((r) => actorMatches(claim.actor!, r.actor)) : candidates;
    const found = claim.time
      ? (candidates.find((c) => timeMatches(claim.time!, c.time, ctx.config) && mine.includes(c)) ??
        candidates.find((c) => timeMatches(claim.time!, c.time, ctx.config)))
      : (mine.length > 0 ? mine : candidates).at(-1);
    if (!found) {
      const what = `no rollback${target ? ` to ${target.id}` : ''}${claim.time ? ` at ${claim.time.text}` : ''} in ${names}`;
      const t = claim.time ? instantMs(claim.time.start) : undefined;
      const covered = t !== undefined && recording.some((s) => ev.sourceCovers(s, claim.time!.start));
      // Only sources that cover the time can refute it; the nearest rollback they hold is named.
      const nearest =
        t === undefined
          ? undefined
          : [...(mine.length > 0 ? mine : candidates)].sort((a, b) => Math.abs(instantMs(a.time) - t) - Math.abs(instantMs(b.time) - t))[0];
      const near = nearest ? `; the nearest is ${story(nearest, ctx.zone)}` : '';
      if (covered) return contradicted(claim, `${what}, which cover ${claim.time!.text}${near}`, [...consulted, ...cite(nearest?.event)]);
      return unsupported(
        claim,
        `${what}; ${claim.time ? 'they do not cover the time of the claim' : 'the sentence gives no time to tell whether they should hold it'}`,
        consulted,
      );
    }
    const parts = [timePart(claim, [found.time], story(found, ctx.zone), cite(found.event), ctx)];
    if (claim.actor) parts.push(actorPart(claim, found.event, 'rolled back', cite(found.event), true));
    return combine(claim, parts);
  },
};

/** True when the rollback went back to this revision, version or commit. */
function rollsBackTo(r: Rollback, id: string): boolean {
  const needle = id.toLowerCase();
  return [...r.to, ...r.event.keys, r.event.target ?? ''].some((k) => k.toLowerCase().includes(needle));
}

/** "ReplaceService of service api by dana@… (traffic shifted back to an earlier revision) at 10:21:04 PDT". */
function story(r: Rollback, zone: string): string {
  const kind = r.kind === 'hosting-rollback' ? '' : ` (${ROLLBACK_WORDS[r.kind]})`;
  return `${r.event.summary}${kind} at ${localTime(r.time, zone)}`;
}
