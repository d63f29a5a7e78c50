// cause: "the outage was caused by X". A cause is a judgement, but its timeline is not:
// X must have gone live shortly before errors began, with no other change in between, and
// where the sentence names a routing target, the live release must route there.

import type { Claim, EvidenceEvent, OutageWindow, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Checker, VerifyContext } from './checker.js';
import { localTime } from './local-time.js';
import { routesTo } from './serving.js';
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
  const pr = claim.entities.find((e) => e.type === 'pr');
  if (pr) {
    const change = changeServing(claim, pr, ev, ctx);
    if ('verdict' in change) return change;
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
  if (start - live > ctx.config.recoveryLeadMinutes * 60_000) return unsupported(claim, `${story}: too long before to tie them by timing`, evidence);
  const between = ev
    .servingChanges(culprit.live.time, window.start)
    .map((c) => c.event)
    .filter((e) => e.id !== culprit.live.id);
  if (between.length > 0) return unsupported(claim, `${story}, but ${between.map((e) => e.summary).join('; ')} came between`, [...evidence, ...cite(...between)]);
  return supported(claim, `${story}, ${Math.round((start - live) / 1000)} s later, with no other change between`, evidence);
}

/** "…which sent /api/** to portal-api-v2": the live release must route to the service named. */
function routing(claim: Claim, culprit: Culprit): Verdict[] {
  return claim.entities
    .filter((e) => e.type === 'service')
    .filter((s) => culprit.live.target !== undefined || culprit.live.source === 'firebase-hosting')
    .map((s) =>
      routesTo(culprit.live, s.id)
        ? supported(claim, `that release routes ${culprit.live.target}`, cite(culprit.live))
        : contradicted(claim, `that release routes ${culprit.live.target ?? 'nowhere'}, not to ${s.id}`, cite(culprit.live)),
    );
}
