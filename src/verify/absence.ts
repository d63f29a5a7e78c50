// absence: "no other changes were made during the incident", "no rollback was performed".
// Asks the evidence for every change of the denied class during the outage, from every
// source that records that class (git, builds, revisions, traffic, Hosting releases, audit
// logs), and for rollbacks of every kind; what the report itself names is not "other".

import type { Claim, EvidenceEvent, OutageWindow, Verdict } from '../types.js';
import { explainingChange } from './recovery.js';
import type { Evidence } from '../evidence/evidence.js';
import { DENIABLE, type ChangeClass } from '../evidence/change-classes.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Checker, VerifyContext } from './checker.js';
import { localTime } from './local-time.js';
import { shortId } from './serving.js';
import { cite, contradicted, sourceCitation, supported, unverifiable } from './verdict.js';

const NOUNS: Record<keyof typeof DENIABLE, string> = {
  change: 'change',
  deploy: 'deploy',
  rollback: 'rollback',
  revert: 'revert',
  build: 'build',
  commit: 'commit',
};

export const absenceChecker: Checker = {
  kind: 'absence',
  description:
    'Checks negative claims ("no other changes during the incident", "no rollback") against every change and rollback of that kind recorded during the outage.',
  sources: ['cloud-logging', 'cloud-build', 'firebase-hosting', 'cloud-run', 'git'],
  negation: true,
  check(claim, ev, ctx) {
    if (claim.denied === 'service') return noSuchService(claim, ev);
    const windows = ev.outageWindows();
    if (windows.length === 0) {
      return unverifiable(
        claim,
        ev.hasRequestLogs()
          ? 'the request logs show no outage to bound "during the incident"'
          : ev.whyMissing('cloud-logging', 'request logs bound the incident'),
      );
    }
    const denied = claim.denied ?? 'change';
    const classes: readonly ChangeClass[] = DENIABLE[denied];
    const recording = ev.sourcesRecording(classes);
    if (recording.length === 0) {
      return unverifiable(
        claim,
        `no source that records ${NOUNS[denied]}s was given (git, Cloud Build, Cloud Run, Hosting releases or audit logs, as the claim needs)`,
      );
    }
    const from = new Date(Math.min(...windows.map((w) => instantMs(w.start)))).toISOString();
    // The incident lasts past the last failed request: what is done while it is being closed counts too.
    const to = new Date(Math.max(...windows.map((w) => instantMs(w.end))) + ctx.config.recoveryLeadMinutes * 60_000).toISOString();
    const others = claim.variant === 'others';
    const excepted = exceptedChanges(claim, ev, windows, ctx);
    // "Apart from the rollback, no other…" says itself what is not other; a bare "no other…" means other than what the report names.
    const isOther = (e: EvidenceEvent) => (claim.excepted ? !excepted.has(e.id) : !namedByReport(e, ctx));
    const found = (denied === 'rollback' ? rollbacksBetween(ev, from, to) : ev.changes(from, to, classes)).filter((e) => !others || isOther(e));
    const span = `${localTime(from, ctx.zone)}–${localTime(to, ctx.zone)}`;
    const noun = NOUNS[denied];
    if (found.length > 0) {
      const what = `${found.length} ${others ? 'other ' : ''}${noun}${found.length === 1 ? '' : 's'}`;
      return contradicted(
        claim,
        `${what} between ${span}: ${found.map((e) => `${describe(e, ev)} at ${localTime(e.time, ctx.zone)}`).join('; ')}`,
        cite(...found),
      );
    }
    const consulted = recording.map((s) => sourceCitation(s, `${s.events} records consulted`));
    return supported(claim, `no ${others ? 'other ' : ''}${noun} recorded between ${span} in ${consulted.map((c) => c.ref).join(', ')}`, consulted);
  },
};

/** Rollbacks of every kind in the span, as their events. */
function rollbacksBetween(ev: Evidence, from: string, to: string): EvidenceEvent[] {
  const s = instantMs(from);
  const e = instantMs(to);
  return ev
    .rollbacks()
    .filter((r) => instantMs(r.time) >= s && instantMs(r.time) <= e)
    .map((r) => r.event);
}

/**
 * What "apart from the rollback / the fix" leaves out: every rollback during the incident, or
 * the change that ended the incident.
 */
function exceptedChanges(claim: Claim, ev: Evidence, windows: OutageWindow[], ctx: VerifyContext): Set<string> {
  const ids = new Set<string>();
  if (claim.excepted?.kind === 'rollback') for (const r of ev.rollbacks()) ids.add(r.event.id);
  // "The fix" is what ended the incident: the change that ended its last window.
  const last = windows[windows.length - 1];
  if (claim.excepted?.kind === 'recovery' && last) {
    const change = explainingChange(last, ev, ctx);
    if (change) ids.add(change.id);
  }
  return ids;
}

/** "Other" than what the report names: a change the report names by its id (or the id of what it acts on) is not other. */
function namedByReport(e: EvidenceEvent, ctx: VerifyContext): boolean {
  const named = (k: string) => ctx.named.some((n) => n.length >= 6 && k.toLowerCase().startsWith(n));
  return e.keys.some(named) || (e.refersTo !== undefined && named(e.refersTo));
}

/** "No Cloud Run service of that name exists": no revision or service update of it in the Cloud Run records. */
function noSuchService(claim: Claim, ev: Evidence): Verdict {
  const name = claim.subject?.id;
  if (!name) return unverifiable(claim, 'the sentence does not name the service');
  if (!ev.has('cloud-run')) return unverifiable(claim, ev.whyMissing('cloud-run', 'pass a `gcloud run revisions list --format=json` export with --evidence'));
  const found = ev.serviceRecords(name);
  if (found.length > 0) return contradicted(claim, `Cloud Run records show service ${name}: ${found[0]!.summary}`, cite(...found.slice(0, 3)));
  const known = ev.cloudRunServices();
  const consulted = ev.sourcesOf('cloud-run').map((s) => sourceCitation(s, `${s.events} revisions, services: ${known.join(', ') || 'none'}`));
  return supported(
    claim,
    `no revision of a service named ${name} in ${consulted.map((c) => c.ref).join(', ')}; the revisions listed belong to ${known.join(', ') || 'no service'}`,
    consulted,
  );
}

function describe(e: EvidenceEvent, ev: Evidence): string {
  if (e.type === 'build' && e.source === 'cloud-build') return `build ${shortId(e.id)} (${e.status ?? 'unknown status'})`;
  const rollback = ev.rollbacks().find((r) => r.event.id === e.id);
  if (rollback && rollback.kind !== 'hosting-rollback') return `${e.summary} (a rollback: ${ROLLBACK_WORDS[rollback.kind]})`;
  return e.summary;
}

/** How each kind of rollback is named in reasons. */
export const ROLLBACK_WORDS = {
  'hosting-rollback': 'Hosting ROLLBACK release',
  'traffic-shift': 'traffic shifted back to an earlier revision',
  'image-redeploy': 'an image that served before, redeployed',
  'revert-deploy': 'the deploy of a git revert',
  revert: 'a git revert',
} as const;
