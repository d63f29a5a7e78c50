// event: a timed action that is not an outage edge ("At 09:17 an engineer deployed the fix",
// "10:20 rolled back"). Checked against the evidence timeline: a record of that class within
// the tolerance, by the named actor when one is named. A class no source records (an alert,
// an incident declared) is unverifiable, saying what was read.

import type { ActionClass, Claim, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import type { ChangeClass } from '../evidence/change-classes.js';
import { DENIABLE } from '../evidence/change-classes.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Checker, VerifyContext } from './checker.js';
import { actorPart } from './deploy.js';
import { localTime } from './local-time.js';
import { actorMatches, slackMinutes, timeMatches } from './match.js';
import { cite, combine, sourceCitation, supported, unsupported, unverifiable } from './verdict.js';

/** The change classes that record each action; none for actions no source pmcheck reads records. */
const RECORDED_AS: Partial<Record<ActionClass, readonly ChangeClass[]>> = {
  deploy: DENIABLE.deploy,
  merge: ['merge'],
  revert: ['revert'],
  rollback: DENIABLE.rollback,
  cancel: ['build-cancel'],
  'traffic-change': ['traffic'],
};

/** How actions are named in reasons. */
const WORDS: Record<ActionClass, string> = {
  deploy: 'deploy',
  merge: 'merge',
  revert: 'revert',
  rollback: 'rollback',
  cancel: 'cancellation',
  'traffic-change': 'traffic change',
  'config-change': 'configuration change',
  alert: 'alert',
  'incident-declared': 'incident declaration',
  'incident-closed': 'incident closure',
  restart: 'restart',
  scale: 'scaling',
  failover: 'failover',
};

export const eventChecker: Checker = {
  kind: 'event',
  description:
    'Checks a timed event (a deploy, merge, revert, rollback, cancellation or traffic change) against the evidence timeline, by the named actor when one is named.',
  sources: ['git', 'cloud-build', 'cloud-run', 'firebase-hosting', 'cloud-logging'],
  check(claim, ev, ctx) {
    const action = claim.action;
    if (!action) return unverifiable(claim, 'the sentence names no action to look for');
    const what = WORDS[action];
    const at = claim.time?.text ?? claim.unresolvedTime;
    const classes = RECORDED_AS[action];
    const a = /^[aeiou]/.test(what) ? 'an' : 'a';
    if (!classes)
      return unverifiable(
        claim,
        `read ${a} ${what}${at ? ` at ${at}` : ''}${claim.actor ? ` by ${claim.actor.text}` : ''}; no record pmcheck reads answers it`,
      );
    if (!claim.time) return unverifiable(claim, `read ${a} ${what}, but its time could not be placed on a date`);
    const recording = ev.sourcesRecording(classes);
    if (recording.length === 0) return unverifiable(claim, ev.whyNoneRecording(classes, `${what}s`));
    const near = candidates(action, classes, claim, ev, ctx).filter((e) => timeMatches(claim.time!, e.time, ctx.config));
    if (near.length === 0) return notFound(claim, what, action, classes, ev, ctx);
    const mine = claim.actor ? near.filter((e) => actorMatches(claim.actor!, e.actor)) : near;
    const found = mine[0] ?? near[0]!;
    const story = `${found.summary} at ${localTime(found.time, ctx.zone)}`;
    const parts: Verdict[] = [supported(claim, story, cite(found))];
    if (claim.actor) parts.push(actorPart(claim, found, what === 'deploy' ? 'deployed' : `${what} made`, cite(found), true));
    return combine(claim, parts);
  },
};

/** The records of that class around the claim's time. */
function candidates(action: ActionClass, classes: readonly ChangeClass[], claim: Claim, ev: Evidence, ctx: VerifyContext) {
  const slack = slackMinutes(claim.time!, ctx.config) * 60_000;
  const from = new Date(instantMs(claim.time!.start) - slack).toISOString();
  const to = new Date(instantMs(claim.time!.end) + slack).toISOString();
  if (action === 'rollback') return ev.rollbacks().map((r) => r.event);
  return ev.changes(from, to, classes);
}

/** None at that time: unsupported, naming the sources searched and the nearest record of the class. */
function notFound(claim: Claim, what: string, action: ActionClass, classes: readonly ChangeClass[], ev: Evidence, ctx: VerifyContext): Verdict {
  const recording = ev.sourcesRecording(classes);
  const consulted = recording.map((s) => sourceCitation(s, `${s.events} records searched for ${what}s`));
  const t = instantMs(claim.time!.start);
  const day = 86_400_000;
  const around =
    action === 'rollback' ? ev.rollbacks().map((r) => r.event) : ev.changes(new Date(t - day).toISOString(), new Date(t + day).toISOString(), classes);
  const nearest = [...around].sort((a, b) => Math.abs(instantMs(a.time) - t) - Math.abs(instantMs(b.time) - t))[0];
  const near = nearest ? `; the nearest is ${nearest.summary} at ${localTime(nearest.time, ctx.zone)}` : '';
  return unsupported(claim, `no ${what} recorded at ${claim.time!.text} in ${recording.map((s) => s.id).join(', ')}${near}`, [...consulted, ...cite(nearest)]);
}
