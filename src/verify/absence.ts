// absence: "no other changes were made during the incident", "no rollback was performed".
// Looks for the denied kind of change during the outage (widened by the recovery lead
// time) in every source that records changes; what the report itself names is not "other".

import type { Claim, EventType, EvidenceEvent, Verdict } from '../types.js';
import type { Evidence } from '../evidence/evidence.js';
import { instantMs } from '../evidence/timestamps.js';
import type { Checker } from './checker.js';
import { localTime } from './local-time.js';
import { isLive, shortId } from './serving.js';
import { cite, contradicted, sourceCitation, supported, unverifiable } from './verdict.js';

const DENIED: Record<string, ReadonlySet<EventType>> = {
  change: new Set(['release', 'rollback', 'service-update', 'revision-created', 'build', 'build-cancel', 'revert']),
  deploy: new Set(['release', 'rollback', 'service-update']),
  rollback: new Set(['rollback']),
  revert: new Set(['revert']),
  build: new Set(['build']),
  commit: new Set(['commit', 'merge', 'revert']),
};

export const absenceChecker: Checker = {
  kind: 'absence',
  description: 'Checks negative claims ("no other changes during the incident") against every change recorded during the outage.',
  sources: ['cloud-logging', 'cloud-build', 'firebase-hosting', 'cloud-run', 'git'],
  negation: true,
  check(claim, ev, ctx) {
    if (claim.predicate === 'service') return noSuchService(claim, ev);
    const windows = ev.outageWindows();
    if (windows.length === 0) {
      return unverifiable(claim, ev.hasRequestLogs() ? 'the request logs show no outage to bound "during the incident"' : ev.whyMissing('cloud-logging', 'request logs bound the incident'));
    }
    const lead = ctx.config.recoveryLeadMinutes * 60_000;
    const from = new Date(Math.min(...windows.map((w) => instantMs(w.start)))).toISOString();
    const to = new Date(Math.max(...windows.map((w) => instantMs(w.end))) + lead).toISOString();
    const types = DENIED[claim.predicate ?? 'change'] ?? DENIED.change!;
    const recording = ev.sourcesRecording(types);
    if (recording.length === 0) {
      return unverifiable(claim, `no source that records ${claim.predicate ?? 'change'}s was given (Hosting releases, Cloud Build, audit logs or git, as the claim needs)`);
    }
    const others = claim.pattern === 'absence-other';
    const found = ev
      .between(from, to, types)
      .filter((e) => isLive(e) && !(e.type === 'build' && e.source === 'cloud-logging'))
      .filter((e) => !others || !namedByReport(e, ctx.named));
    const span = `${localTime(from, ctx.zone)}–${localTime(to, ctx.zone)}`;
    if (found.length > 0) {
      const noun = claim.predicate && claim.predicate !== 'change' ? claim.predicate : 'change';
      const what = `${found.length} ${others ? 'other ' : ''}${noun}${found.length === 1 ? '' : 's'}`;
      return contradicted(claim, `${what} between ${span}: ${found.map((e) => `${describe(e)} at ${localTime(e.time, ctx.zone)}`).join('; ')}`, cite(...found));
    }
    const consulted = recording.map((s) => sourceCitation(s, `${s.events} records consulted`));
    return supported(claim, `no ${claim.predicate ?? 'change'} recorded between ${span} in ${consulted.map((c) => c.ref).join(', ')}`, consulted);
  },
};

/** "No Cloud Run service of that name exists": no revision or service update of it in the Cloud Run records. */
function noSuchService(claim: Claim, ev: Evidence): Verdict {
  const name = claim.subject?.id;
  if (!name) return unverifiable(claim, 'the sentence does not name the service');
  if (!ev.has('cloud-run')) return unverifiable(claim, ev.whyMissing('cloud-run', 'pass a `gcloud run revisions list --format=json` export with --evidence'));
  const found = ev.events.filter((e) => (e.type === 'revision-created' || e.type === 'service-update') && e.service === name);
  if (found.length > 0) return contradicted(claim, `Cloud Run records show service ${name}: ${found[0]!.summary}`, cite(...found.slice(0, 3)));
  const known = [...new Set(ev.events.filter((e) => e.source === 'cloud-run' && e.service).map((e) => e.service!))];
  const consulted = ev.sourcesOf('cloud-run').map((s) => sourceCitation(s, `${s.events} revisions, services: ${known.join(', ') || 'none'}`));
  return supported(claim, `no revision of a service named ${name} in ${consulted.map((c) => c.ref).join(', ')}; the revisions listed belong to ${known.join(', ') || 'no service'}`, consulted);
}

function namedByReport(e: EvidenceEvent, named: string[]): boolean {
  return e.keys.some((k) => named.some((n) => n.length >= 6 && k.toLowerCase().startsWith(n)));
}

function describe(e: EvidenceEvent): string {
  if (e.type === 'build' && e.source === 'cloud-build') return `build ${shortId(e.id)} (${e.status ?? 'unknown status'})`;
  return e.summary;
}
