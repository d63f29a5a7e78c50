// cause: "the outage was caused by X". A cause is a judgement, but its timeline is not:
// X must have gone live shortly before errors began, with no other change in between, and
// where the sentence names a routing target, the live release must route there.

import type { Claim, Entity, EvidenceEvent, OutageWindow, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Checker, VerifyContext } from './checker.js';
import { localTime } from './local-time.js';
import { routesTo, shortId } from './serving.js';
import { changeServing, servingOfClaim } from './subject.js';
import { cite, combine, contradicted, supported, unsupported, unverifiable } from './verdict.js';

export const causeChecker: Checker = {
  kind: 'cause',
  description: 'Checks the timeline behind a cause: the change named went live shortly before errors began, with nothing else between.',
  sources: ['cloud-logging', 'git', 'cloud-build', 'firebase-hosting', 'cloud-run'],
  check(claim, ev, ctx) {
    const culprit = wentLive(claim, ev, ctx);
    if (!culprit) return unverifiable(claim, 'a cause is a judgement; the sentence names no change whose timeline pmcheck can check');
    if ('verdict' in culprit) return culprit;
    if (!ev.hasRequestLogs()) return unverifiable(claim, ev.whyMissing('cloud-logging', 'request logs tell when errors began'));
    const windows = ev.outageWindows();
    // The outage a change can have caused is the first to begin after it went live.
    const live = instantMs(culprit.live.time);
    const window = windows.find((w) => instantMs(w.start) >= live) ?? windows[windows.length - 1];
    if (!window) return unsupported(claim, 'the request logs show no outage window');
    return combine(claim, [timeline(claim, culprit, window, ev, ctx), ...routing(claim, culprit)]);
  },
};

interface Culprit {
  name: string;
  live: EvidenceEvent;
  records: EvidenceEvent[];
}

/** The change the sentence blames, and the record of it going live. */
function wentLive(claim: Claim, ev: Evidence, ctx: VerifyContext): Culprit | Verdict | undefined {
  const pr = claim.entities.find((e) => e.type === 'pr' || e.type === 'commit');
  if (pr) {
    const change = changeServing(claim, pr, ev, ctx);
    if ('verdict' in change) return change.verdict === 'unsupported' ? (alreadyLive(claim, pr, ev, ctx) ?? change) : change;
    return { name: change.name, live: change.serving.servedBy!, records: change.serving.records };
  }
  const deployable = claim.entities.find((e) => e.type === 'build' || e.type === 'version' || e.type === 'release' || e.type === 'revision');
  if (!deployable) return undefined;
  const s = servingOfClaim(claim, deployable, ev, ctx);
  if ('verdict' in s) return s;
  if (s.unlinked) return unsupported(claim, s.story, cite(...s.records));
  if (!s.at || !s.servedBy) return contradicted(claim, s.story, cite(...s.records, ...s.because));
  return { name: deployable.text, live: s.servedBy, records: s.records };
}

function timeline(claim: Claim, culprit: Culprit, window: OutageWindow, ev: Evidence, ctx: VerifyContext): Verdict {
  const live = instantMs(culprit.live.time);
  const start = instantMs(window.start);
  const evidence = [...cite(...culprit.records, culprit.live), window.citation];
  const story = `${culprit.name} went live at ${localTime(culprit.live.time, ctx.zone)} (${culprit.live.summary}); errors began at ${localTime(window.start, ctx.zone)}`;
  if (live > start) return contradicted(claim, `${story}: after the errors began`, evidence);
  const between = ev
    .servingChanges(culprit.live.time, window.start)
    .map((c) => c.event)
    .filter((e) => e.id !== culprit.live.id);
  // Live and healthy for a while, then another change went live and the errors followed it:
  // the timeline rules the named change out and points at the other one.
  const lead = ctx.config.recoveryLeadMinutes * 60_000;
  const trigger = ev
    .servingChanges(culprit.live.time, window.start)
    .filter((c) => c.event.id !== culprit.live.id)
    .at(-1);
  if (trigger && instantMs(trigger.time) - live >= lead && start - instantMs(trigger.time) <= lead && servedHealthily(ev, culprit.live.time, trigger.time)) {
    return contradicted(
      claim,
      `${culprit.name} went live at ${localTime(culprit.live.time, ctx.zone)} and served without errors until ${trigger.event.summary} at ${localTime(trigger.time, ctx.zone)}; errors began at ${localTime(window.start, ctx.zone)}, after that change`,
      [...evidence, ...cite(trigger.event)],
    );
  }
  if (start - live > lead) return unsupported(claim, `${story}: too long before to tie them by timing`, evidence);
  if (between.length > 0)
    return unsupported(claim, `${story}, but ${between.map((e) => e.summary).join('; ')} came between`, [...evidence, ...cite(...between)]);
  return supported(claim, `${story}, ${Math.round((start - live) / 1000)} s later, with no other change between`, evidence);
}

/**
 * A change whose own deploy the evidence does not show can still be ruled out: merged after
 * the errors began, or already part of the commit that served, healthy, before the change
 * that preceded the errors.
 */
function alreadyLive(claim: Claim, named: Entity, ev: Evidence, ctx: VerifyContext): Verdict | undefined {
  const commit = named.type === 'pr' ? ev.prMerge(Number(named.id)) : ev.gitCommit(named.id);
  const window = ev.outageWindows()[0];
  if (!commit || !window) return undefined;
  const name = named.type === 'pr' ? `PR #${named.id}` : `commit ${shortId(commit.id)}`;
  if (instantMs(commit.time) > instantMs(window.start)) {
    return contradicted(claim, `${name} landed at ${localTime(commit.time, ctx.zone)}, after errors began at ${localTime(window.start, ctx.zone)}`, [
      ...cite(commit),
      window.citation,
    ]);
  }
  const before = ev.servingChanges(undefined, window.start);
  const trigger = before.at(-1);
  const previous = trigger ? before.filter((c) => c.service === trigger.service && c.event.id !== trigger.event.id).at(-1) : undefined;
  const served = previous ? ev.commitServedBy(previous) : undefined;
  if (!trigger || !previous || !served || !ev.isAncestor(commit.id, served) || !servedHealthily(ev, previous.time, trigger.time)) return undefined;
  return contradicted(
    claim,
    `${name} (${shortId(commit.id)}) was already in commit ${shortId(served)}, which served from ${localTime(previous.time, ctx.zone)} without errors; errors began at ${localTime(window.start, ctx.zone)}, after ${trigger.event.summary} at ${localTime(trigger.time, ctx.zone)}`,
    [...cite(commit, previous.event, trigger.event), window.citation],
  );
}

/** True when the request logs cover [from, to] and show no outage inside it. */
function servedHealthily(ev: Evidence, from: string, to: string): boolean {
  const logStart = ev.requestLogStart();
  if (!logStart || instantMs(logStart) > instantMs(to)) return false;
  const f = Math.max(instantMs(from), instantMs(logStart));
  // A few minutes of logs say little about how a change served: ask for the whole span or ten minutes of it.
  if (f > instantMs(from) && instantMs(to) - f < 10 * 60_000) return false;
  return !ev.outageWindows().some((w) => instantMs(w.start) < instantMs(to) && instantMs(w.end) > f);
}

/** "…which sent /api/** to portal-api-v2": the live release must route to the service named. */
function routing(claim: Claim, culprit: Culprit): Verdict[] {
  return claim.entities
    .filter((e) => e.type === 'service')
    .filter(() => culprit.live.target !== undefined || culprit.live.source === 'firebase-hosting')
    .map((s) =>
      routesTo(culprit.live, s.id)
        ? supported(claim, `that release routes ${culprit.live.target}`, cite(culprit.live))
        : contradicted(claim, `that release routes ${culprit.live.target ?? 'nowhere'}, not to ${s.id}`, cite(culprit.live)),
    );
}
