// recovery: "X restored service (at T)". Supported only when X reached a serving state
// shortly before the outage window ended and no other serving change lies between; else
// the verdict names the change that does explain the recovery (DESIGN.md, outage windows).

import type { Claim, EvidenceEvent, OutageWindow, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Checker, VerifyContext } from './checker.js';
import { changeServing, servingOfClaim } from './subject.js';
import { localTime } from './local-time.js';
import { actorMatches, timeMatches } from './match.js';
import { resolveEntity, type Serving } from './serving.js';
import { DENIABLE } from '../evidence/change-classes.js';
import { cite, contradicted, sourceCitation, supported, unsupported, unverifiable } from './verdict.js';

/**
 * How long after the last failed request a change can still be what ended the errors: the
 * last failure comes before the fix takes hold, and the next request, seconds later, succeeds.
 */
export const RECOVERY_GRACE_MS = 60_000;

export const recoveryChecker: Checker = {
  kind: 'recovery',
  description:
    'Checks that the change credited with restoring service reached serving shortly before the outage window ended, with no other change in between.',
  sources: ['cloud-logging', 'cloud-build', 'firebase-hosting', 'cloud-run'],
  check(claim, ev, ctx) {
    if (!ev.hasRequestLogs()) {
      return unverifiable(
        claim,
        ev.whyMissing('cloud-logging', 'request logs tell when service recovered; pass a `gcloud logging read --format=json` export with --evidence'),
      );
    }
    const chosen = chooseWindow(ev.outageWindows(), claim, ev, ctx);
    if (!chosen) return unsupported(claim, 'the request logs show no outage window to recover from');
    const { window, credited } = chosen;
    const recovered = `errors stopped at ${localTime(window.end, ctx.zone)}`;
    const explaining = explainingChange(window, ev, ctx);
    const explain = explaining ? `; ${recovered} after ${explaining.summary} at ${localTime(explaining.time, ctx.zone)}` : `; ${recovered}`;
    const windowCite = window.citation;
    if ('verdict' in credited) return credited;
    const { serving } = credited;
    const evidence = [...cite(...serving.records, ...serving.because, serving.servedBy, explaining), windowCite];
    if (serving.unlinked) return unsupported(claim, `${serving.story}${explain}`, evidence);
    if (!serving.at) return contradicted(claim, `${serving.story}${explain}`, evidence);
    const lead = ctx.config.recoveryLeadMinutes * 60_000;
    const at = instantMs(serving.at);
    const end = instantMs(window.end);
    if (at > end + RECOVERY_GRACE_MS)
      return contradicted(
        claim,
        `${serving.story}, after ${recovered}${explaining ? ` (${explaining.summary} at ${localTime(explaining.time, ctx.zone)})` : ''}`,
        evidence,
      );
    // A change live before the errors began was serving during them: it cannot have ended them.
    if (at < instantMs(window.start)) {
      return contradicted(claim, `${serving.story}, before the outage began at ${localTime(window.start, ctx.zone)}${explain}`, evidence);
    }
    if (at < end - lead) return contradicted(claim, `${serving.story}, ${Math.round((end - at) / 60_000)} minutes before ${recovered}${explain}`, evidence);
    if (explaining && instantMs(explaining.time) > at && explaining.id !== serving.servedBy?.id) {
      return contradicted(
        claim,
        `${serving.story}, but ${explaining.summary} at ${localTime(explaining.time, ctx.zone)} came later and ${recovered}`,
        evidence,
      );
    }
    if (claim.time && !timeMatches(claim.time, window.end, ctx.config) && !timeMatches(claim.time, serving.at, ctx.config)) {
      return contradicted(claim, `${serving.story}; ${recovered}, not at ${claim.time.text}`, evidence);
    }
    // It ended one spell of errors, but they came back: service was not restored by it.
    const later = claim.time ? undefined : ev.outageWindows().find((w) => instantMs(w.start) > end);
    if (later) {
      return unsupported(
        claim,
        `${serving.story}; ${recovered}, but errors came back at ${localTime(later.start, ctx.zone)} and lasted until ${localTime(later.end, ctx.zone)}`,
        [...evidence, later.citation],
      );
    }
    return supported(claim, `${serving.story}; ${recovered} and no other change came between`, evidence);
  },
};

/** The window the claim speaks of: the one ending nearest its time, else the longest. */
/**
 * The window the claim speaks of, with what it credits: the one ending nearest its time, else
 * one that the credited change could have ended (of several, the longest), else the longest.
 */
function chooseWindow(
  windows: OutageWindow[],
  claim: Claim,
  ev: Evidence,
  ctx: VerifyContext,
): { window: OutageWindow; credited: { serving: Serving } | Verdict } | undefined {
  const at = (window: OutageWindow) => ({ window, credited: creditedChange(claim, ev, ctx, window) });
  if (windows.length <= 1) return windows[0] ? at(windows[0]) : undefined;
  if (claim.time) {
    const t = instantMs(claim.time.start);
    return at([...windows].sort((a, b) => Math.abs(instantMs(a.end) - t) - Math.abs(instantMs(b.end) - t))[0]!);
  }
  // Without a time, "restored service" is the final recovery: the last window first.
  const last = windows[windows.length - 1]!;
  const longestFirst = windows.slice(0, -1).sort((a, b) => instantMs(b.end) - instantMs(b.start) - (instantMs(a.end) - instantMs(a.start)));
  const tried = [last, ...longestFirst].map(at);
  const ended = tried.find(({ window, credited }) => {
    const served = 'serving' in credited ? credited.serving.at : undefined;
    if (!served) return false;
    const t = instantMs(served);
    return t >= instantMs(window.start) && t <= instantMs(window.end) + RECOVERY_GRACE_MS;
  });
  return ended ?? tried[0];
}

/** The last serving change before recovery, within the lead time: what explains the recovery. */
export function explainingChange(window: OutageWindow, ev: Evidence, ctx: VerifyContext): EvidenceEvent | undefined {
  const from = new Date(Math.max(instantMs(window.start), instantMs(window.end) - ctx.config.recoveryLeadMinutes * 60_000)).toISOString();
  const changes = ev.servingChanges(from, new Date(instantMs(window.end) + RECOVERY_GRACE_MS).toISOString());
  return changes[changes.length - 1]?.event;
}

/** Finds what the claim credits: an entity (build, version…) or a rollback by someone. */
function creditedChange(claim: Claim, ev: Evidence, ctx: VerifyContext, window: OutageWindow): { serving: Serving } | Verdict {
  if (claim.variant === 'by-rollback') return rollbackCredited(claim, ev, ctx, window);
  const named = claim.subject;
  if (!named) return unverifiable(claim, 'the sentence does not say what restored service');
  const subject = resolveEntity(named, ev);
  if (subject.type === 'pr' || subject.type === 'commit') return commitCredited(claim, ev, ctx);
  const serving = servingOfClaim(claim, subject, ev, ctx, window.end);
  return 'verdict' in serving ? serving : { serving };
}

function rollbackCredited(claim: Claim, ev: Evidence, ctx: VerifyContext, window: OutageWindow): { serving: Serving } | Verdict {
  const version = claim.entities.find((e) => e.type === 'version' || e.type === 'release' || e.type === 'revision');
  const mentions = (keys: string[]) => version === undefined || keys.some((k) => k.toLowerCase().includes(version.id));
  // Any rollback, or a serving change that put back the version the sentence names.
  const rollbacks = ev.rollbacks().filter((r) => r.kind !== 'revert' && mentions([...r.to, ...r.event.keys, r.event.target ?? '']));
  const toNamed = version ? ev.servingChanges().filter((c) => mentions([...c.serves, ...c.event.keys])) : [];
  const matches = [...rollbacks.map((r) => r.event), ...toNamed.map((c) => c.event)]
    .filter((e) => !claim.actor || actorMatches(claim.actor, e.actor))
    .sort((a, b) => instantMs(a.time) - instantMs(b.time));
  // The rollback that can explain the recovery is the last one before it, not a later one.
  const end = instantMs(window.end) + RECOVERY_GRACE_MS;
  const found = matches.filter((e) => instantMs(e.time) <= end).pop() ?? matches[0];
  if (!found) {
    const recording = ev.sourcesRecording(DENIABLE.rollback);
    if (recording.length === 0) return unverifiable(claim, ev.whyNoneRecording(DENIABLE.rollback, 'rollbacks'));
    const who = claim.actor ? ` by ${claim.actor.text}` : '';
    return contradicted(
      claim,
      `no rollback${who}${version ? ` to ${version.id}` : ''} in ${recording.map((s) => s.id).join(', ')}`,
      recording.map((s) => sourceCitation(s, `${s.events} records searched for rollbacks`)),
    );
  }
  return { serving: { records: [found], at: found.time, servedBy: found, because: [], story: `${found.summary} at ${localTime(found.time, ctx.zone)}` } };
}

function commitCredited(claim: Claim, ev: Evidence, ctx: VerifyContext): { serving: Serving } | Verdict {
  const change = changeServing(claim, claim.subject!, ev, ctx);
  return 'verdict' in change ? change : { serving: change.serving };
}
